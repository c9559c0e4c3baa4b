// A person's decision that two actors are not one: the duplicates report leaves the pair out from then on.
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
MERGE (a)-[d:DISTINCT_FROM]->(b)
ON CREATE SET d.at = datetime()
RETURN a.id AS a, b.id AS b
