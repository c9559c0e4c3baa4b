// The stored version of an article, matched by id, else by url, else by content hash.
OPTIONAL MATCH (byId:Article {id: $id})
OPTIONAL MATCH (byUrl:Article {url: $url})
OPTIONAL MATCH (byHash:Article {contentHash: $contentHash}) WHERE byHash.stub IS NULL OR NOT byHash.stub
WITH coalesce(byId, byUrl, byHash) AS a
RETURN a.id AS id, a.factsHash AS factsHash, a.provenance AS provenance
