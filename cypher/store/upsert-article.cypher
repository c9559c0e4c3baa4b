MERGE (a:Node:Article {id: $article.id})
SET a += $article, a.factsHash = $factsHash, a.provenance = $provenance, a.stub = false, a.updatedAt = datetime()
RETURN a.id AS id
