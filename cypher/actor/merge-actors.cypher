// Merges actor $fromId into $intoId: relationships move (evidence lists joined), names become aliases, and the old
// id keeps resolving through a MergedId node. The merge is recorded as a (:Merge {id: $mergeId, by: $by}) node with
// snapshots (copies of the properties, so types are kept) of everything it changes, for unmerge-actor.cypher:
//   FROM_NODE: the merged-away node; INTO_BEFORE / INTO_AFTER: the survivor's properties;
//   MOVED {i, type, out, otherId, otherLabel, joined}: each relationship of the old node as it was, in the order the
//   merge handled them, with JOINED_BEFORE / JOINED_AFTER: the survivor's relationship it joined, just before and
//   just after (an undo taken in reverse order is then exact). Relationships to the survivor itself (and loops) are
//   recorded but not moved: the merge drops them with the old node (joined false).
MATCH (old:Actor {id: $fromId})
MATCH (target:Actor {id: $intoId})
WHERE old <> target
CREATE (m:Merge {id: $mergeId, at: datetime(), by: $by, fromId: old.id, intoId: target.id, fromName: old.name,
  intoName: target.name, fromLabels: labels(old)})
CREATE (m)-[:FROM_NODE]->(fromSnap:MergeSnapshot)
SET fromSnap = properties(old)
CREATE (m)-[:INTO_BEFORE]->(intoSnap:MergeSnapshot)
SET intoSnap = properties(target)
WITH m, old, target
CALL (m, old, target) {
  // Collected first: the moves below delete what the match walks over.
  MATCH (old)-[r]-(x)
  WITH collect(DISTINCT {r: r, x: x}) AS rels
  UNWIND range(0, size(rels) - 1) AS i
  WITH i, rels[i].r AS r, rels[i].x AS x
  // One relationship at a time, each seeing the moves before it (a CALL per row runs to its end before the next).
  CALL (m, old, target, i, r, x) {
    WITH m, old, target, i, r, x, startNode(r) = old AS out, NOT x IN [old, target] AS joined
    CREATE (m)-[:MOVED {i: i, type: type(r), out: out, otherId: x.id, joined: joined,
      otherLabel: CASE WHEN x:Node THEN 'Node' WHEN x:MergedId THEN 'MergedId' END}]->(moved:MergeSnapshot)
    SET moved = properties(r)
    WITH m, target, r, x, out, moved WHERE x <> old AND x <> target
    CALL (target, r, x, out) {
      OPTIONAL MATCH (target)-[o:$(type(r)) {key: coalesce(r.key, '')}]->(x) WHERE out
      OPTIONAL MATCH (target)<-[p:$(type(r)) {key: coalesce(r.key, '')}]-(x) WHERE NOT out
      RETURN head(collect(coalesce(o, p))) AS before
    }
    FOREACH (_ IN CASE WHEN before IS NULL THEN [] ELSE [1] END |
      CREATE (moved)-[:JOINED_BEFORE]->(b:MergeSnapshot)
      SET b = properties(before))
    WITH target, r, x, out, moved
    CALL (target, r, x, out) {
      WITH target, r, x WHERE out
      MERGE (target)-[n:$(type(r)) {key: coalesce(r.key, '')}]->(x)
      RETURN n
    UNION
      WITH target, r, x WHERE NOT out
      MERGE (target)<-[n:$(type(r)) {key: coalesce(r.key, '')}]-(x)
      RETURN n
    }
    SET n.evArticles = coalesce(n.evArticles, []) + coalesce(r.evArticles, []),
        n.evSentences = coalesce(n.evSentences, []) + coalesce(r.evSentences, []),
        n.quote = coalesce(n.quote, r.quote), n.title = coalesce(n.title, r.title), n.provenance = coalesce(n.provenance, r.provenance),
        n.confidence = CASE WHEN n.confidence IS NULL OR r.confidence > n.confidence THEN r.confidence ELSE n.confidence END
    CREATE (moved)-[:JOINED_AFTER]->(a:MergeSnapshot)
    SET a = properties(n)
    DELETE r
  }
  RETURN count(*) AS relationships
}
SET m.relationshipsMoved = relationships
SET target.aliases = coalesce(target.aliases, []) + [a IN [old.name] + coalesce(old.aliases, []) WHERE a <> target.name AND NOT a IN coalesce(target.aliases, [])]
SET target.searchTerms = coalesce(target.searchTerms, []) + [t IN coalesce(old.searchTerms, []) WHERE NOT t IN coalesce(target.searchTerms, [])]
SET target.searchText = reduce(s = '', t IN target.searchTerms | s + ' | ' + t)
CREATE (m)-[:INTO_AFTER]->(afterSnap:MergeSnapshot)
SET afterSnap = properties(target)
MERGE (merged:MergedId {id: old.id})
MERGE (merged)-[:MERGED_INTO]->(target)
DETACH DELETE old
RETURN target.id AS id, m.id AS mergeId
