// Merges actor $fromId into $intoId: relationships move (evidence lists joined), names become aliases,
// and the old id keeps resolving through a MergedId node.
MATCH (old:Actor {id: $fromId})
MATCH (target:Actor {id: $intoId})
WHERE old <> target
CALL (old, target) {
  MATCH (old)-[r]->(x) WHERE x <> target
  MERGE (target)-[n:$(type(r)) {key: coalesce(r.key, '')}]->(x)
  SET n.evArticles = coalesce(n.evArticles, []) + coalesce(r.evArticles, []),
      n.evSentences = coalesce(n.evSentences, []) + coalesce(r.evSentences, []),
      n.quote = coalesce(n.quote, r.quote), n.title = coalesce(n.title, r.title), n.provenance = coalesce(n.provenance, r.provenance),
      n.confidence = CASE WHEN n.confidence IS NULL OR r.confidence > n.confidence THEN r.confidence ELSE n.confidence END
  DELETE r
}
CALL (old, target) {
  MATCH (old)<-[r]-(x) WHERE x <> target
  MERGE (target)<-[n:$(type(r)) {key: coalesce(r.key, '')}]-(x)
  SET n.evArticles = coalesce(n.evArticles, []) + coalesce(r.evArticles, []),
      n.evSentences = coalesce(n.evSentences, []) + coalesce(r.evSentences, []),
      n.quote = coalesce(n.quote, r.quote), n.title = coalesce(n.title, r.title), n.provenance = coalesce(n.provenance, r.provenance),
      n.confidence = CASE WHEN n.confidence IS NULL OR r.confidence > n.confidence THEN r.confidence ELSE n.confidence END
  DELETE r
}
CALL (old, target) {
  OPTIONAL MATCH (m:MergedId)-[mr:MERGED_INTO]->(old)
  FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | DELETE mr MERGE (m)-[:MERGED_INTO]->(target))
}
SET target.aliases = coalesce(target.aliases, []) + [a IN [old.name] + coalesce(old.aliases, []) WHERE a <> target.name AND NOT a IN coalesce(target.aliases, [])]
SET target.searchTerms = coalesce(target.searchTerms, []) + [t IN coalesce(old.searchTerms, []) WHERE NOT t IN coalesce(target.searchTerms, [])]
SET target.searchText = reduce(s = '', t IN target.searchTerms | s + ' | ' + t)
MERGE (merged:MergedId {id: old.id})
MERGE (merged)-[:MERGED_INTO]->(target)
DETACH DELETE old
RETURN target.id AS id
