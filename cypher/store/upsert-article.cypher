// MERGE takes the id's lock, so a concurrent writer of the same article waits here until this one commits; `created`
// says whether this transaction made the node (the marker is set and removed within it, never seen outside).
MERGE (a:Node:Article {id: $article.id})
ON CREATE SET a.createdHere = true
WITH a, a.createdHere IS NOT NULL AS created
REMOVE a.createdHere
SET a += $article, a.factsHash = $factsHash, a.provenance = $provenance, a.stub = false, a.updatedAt = datetime()
RETURN a.id AS id, created
