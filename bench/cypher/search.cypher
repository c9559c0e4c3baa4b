// Full-text search over actors, events and articles, ranked as the project ranks; $lucene is built by toLucene.
CALL () {
  CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_search', $lucene, {limit: $limit}) YIELD node, score
  WITH node, score WHERE NOT coalesce(node.stub, false)
  RETURN node, score * 0.5 AS score
}
WITH node, score ORDER BY score DESC, node.id
WITH collect({id: node.id, name: coalesce(node.name, node.title), score: score}) AS found
RETURN {totalCount: size(found), rows: found[..$first]} AS row
