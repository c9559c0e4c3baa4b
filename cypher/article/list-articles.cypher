// Articles (not related-news stubs) filtered by a mentioned actor and dates, newest first; one key per page request.
// With an actor the match starts from it (an index seek), not from every article of the graph; the branch not
// taken is cut by an UNWIND of an empty list, because a WHERE on k alone is applied after the scan.
UNWIND $keys AS k
CALL (k) {
  CALL (k) {
    UNWIND CASE WHEN k.actor IS NOT NULL THEN [1] ELSE [] END AS byActor
    MATCH (:Node {id: k.actor})<-[:MENTIONS]-(a:Article)
    RETURN a
    UNION ALL
    UNWIND CASE WHEN k.actor IS NULL THEN [1] ELSE [] END AS unfiltered
    MATCH (a:Article)
    RETURN a
  }
  WITH a
  WHERE NOT coalesce(a.stub, false)
    AND (k.from IS NULL OR a.publishedAt >= k.from)
    AND (k.to IS NULL OR a.publishedAt <= k.to)
  RETURN a ORDER BY a.publishedAt DESC, a.id
}
WITH k, collect(a) AS found
WITH k, size(found) AS totalCount, found[k.skip..k.skip + k.limit] AS page
RETURN k.key AS key, totalCount, [a IN page | a.id] AS ids, [a IN page | NODE_CARD(a)] AS nodes
