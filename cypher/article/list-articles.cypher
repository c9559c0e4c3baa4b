// Articles (not related-news stubs) filtered by a mentioned actor and dates, newest first; one key per page request.
UNWIND $keys AS k
CALL (k) {
  MATCH (a:Article)
  WHERE NOT coalesce(a.stub, false)
    AND (k.actor IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Node {id: k.actor}) })
    AND (k.from IS NULL OR a.publishedAt >= k.from)
    AND (k.to IS NULL OR a.publishedAt <= k.to)
  RETURN a.id AS id ORDER BY a.publishedAt DESC, a.id
}
WITH k, collect(id) AS found
RETURN k.key AS key, size(found) AS totalCount, found[k.skip..k.skip + k.limit] AS ids
