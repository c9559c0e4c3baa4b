// The raion and oblast a hromada (or raion) lies in, by KATOTTG LOCATED_IN links.
UNWIND $ids AS key
MATCH (a:Actor {id: key})
OPTIONAL MATCH (a)-[:LOCATED_IN]->(raion:Raion)
OPTIONAL MATCH (a)-[:LOCATED_IN*1..2]->(oblast:Oblast)
RETURN key, raion.id AS raionId, head(collect(oblast.id)) AS oblastId
