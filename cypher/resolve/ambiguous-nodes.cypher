// Nodes kept apart because their name fits several institutions of the authority file and the article's date did not
// decide: each with the candidates' nodes, where the graph has them, for a person to merge it into one.
MATCH (n:Actor)
WHERE coalesce(size(n.candidates), 0) > 0
OPTIONAL MATCH (c:Actor) WHERE c.authorityId IN n.candidates
WITH n, collect({id: c.id, name: c.name}) AS present
RETURN n.id AS id, n.name AS name, n.candidates AS candidates, [p IN present WHERE p.id IS NOT NULL] AS present
ORDER BY n.id
LIMIT toInteger($limit)
