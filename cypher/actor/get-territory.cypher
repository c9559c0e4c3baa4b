// The raion and oblast a hromada (or raion) lies in, by KATOTTG LOCATED_IN links.
UNWIND $ids AS key
MATCH (a:Actor {id: key})
OPTIONAL MATCH (a)-[:LOCATED_IN]->(raion:Raion)
OPTIONAL MATCH (a)-[:LOCATED_IN*1..2]->(oblast:Oblast)
WITH key, raion, head(collect(oblast)) AS oblast
RETURN key, raion.id AS raionId, oblast.id AS oblastId, [x IN [raion, oblast] WHERE x IS NOT NULL | NODE_CARD(x)] AS nodes
