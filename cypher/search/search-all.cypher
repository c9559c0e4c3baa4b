// Full-text search over actors (optionally of some kinds), events and articles, ranked by relevance.
CALL (){
  CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $limit}) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: $limit}) YIELD node, score
  WHERE $kinds IS NULL
  RETURN node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_search', $lucene, {limit: $limit}) YIELD node, score
  WHERE $kinds IS NULL AND NOT coalesce(node.stub, false)
  RETURN node.id AS id, score * 0.5 AS score
}
WITH id, score ORDER BY score DESC, id
WITH collect({id: id, score: score}) AS found
RETURN size(found) AS totalCount, found[$skip..$skip + $first] AS rows
