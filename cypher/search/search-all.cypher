// Full-text search over actors (optionally of some kinds), events and articles, ranked by relevance.
CALL (){
  CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $limit}) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: $limit}) YIELD node, score
  WHERE $kinds IS NULL
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_search', $lucene, {limit: $limit}) YIELD node, score
  WHERE $kinds IS NULL AND NOT coalesce(node.stub, false)
  RETURN node, score * 0.5 AS score
}
WITH node, score ORDER BY score DESC, node.id
WITH collect({node: node, score: score}) AS found
WITH size(found) AS totalCount, found[$skip..$skip + $first] AS page
RETURN totalCount, [x IN page | {id: x.node.id, score: x.score}] AS rows, [n IN [x IN page | x.node] | NODE_CARD(n)] AS nodes
