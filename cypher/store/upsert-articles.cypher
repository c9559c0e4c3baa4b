// Many new articles in one statement (bulk load); the same properties as upsert-article.
UNWIND $articles AS x
MERGE (a:Node:Article {id: x.article.id})
SET a += x.article, a.factsHash = x.factsHash, a.provenance = $provenance, a.stub = false, a.updatedAt = datetime()
RETURN count(a) AS n
