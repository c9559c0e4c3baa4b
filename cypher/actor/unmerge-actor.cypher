// Undoes merge $mergeId as src/actor/unmerge.ts planned it from unmerge-read.cypher: the merged-away node comes back
// as it was (labels and properties from the record), its MergedId redirect goes, and each recorded relationship,
// last moved first, is created again on it, while the survivor's relationship it had joined is put back:
//   $moves: [{i, restore, lists, survivor, survivorLists}], move i at index i:
//   restore: create the relationship again, as recorded, or with `lists` ([articles, sentences]) as its evidence;
//   survivor: 'exact' (nothing changed it since: as it was before the merge, or gone if the merge made it),
//   'lists' (changed since: `survivorLists` as its evidence; its other properties as before the merge where they are
//   still as the merge left them), 'delete', or 'keep'.
// The survivor's own properties go back where they are still as the merge left them; lists (aliases, search terms)
// changed since lose what the merge added. The record stays, marked undone, without its snapshots.
MATCH (m:Merge {id: $mergeId})
MATCH (target:Actor {id: m.intoId})
MATCH (m)-[:FROM_NODE]->(fromSnap:MergeSnapshot)
MATCH (m)-[:INTO_BEFORE]->(intoBefore:MergeSnapshot)
MATCH (m)-[:INTO_AFTER]->(intoAfter:MergeSnapshot)
CREATE (old)
SET old = properties(fromSnap)
SET old:$(m.fromLabels)
WITH m, target, old, properties(intoBefore) AS before, properties(intoAfter) AS after
CALL (m) {
  OPTIONAL MATCH (redirect:MergedId {id: m.fromId})
  DETACH DELETE redirect
}
CALL (m, target, old) {
  MATCH (m)-[mv:MOVED]->(s:MergeSnapshot)
  OPTIONAL MATCH (s)-[:JOINED_BEFORE]->(jb:MergeSnapshot)
  OPTIONAL MATCH (s)-[:JOINED_AFTER]->(ja:MergeSnapshot)
  WITH m, target, old, mv, s, jb, ja, $moves[mv.i] AS a ORDER BY mv.i DESC
  // One move at a time, each seeing the ones undone before it.
  CALL (m, target, old, a, mv, s, jb, ja) {
    CALL (m, target, old, mv) {
      OPTIONAL MATCH (xn:Node {id: mv.otherId}) WHERE mv.otherLabel = 'Node' AND NOT mv.otherId IN [m.fromId, m.intoId]
      OPTIONAL MATCH (xm:MergedId {id: mv.otherId}) WHERE mv.otherLabel = 'MergedId'
      RETURN CASE mv.otherId WHEN m.fromId THEN old WHEN m.intoId THEN target ELSE coalesce(xn, xm) END AS x
    }
    CALL (target, mv, s, x) {
      OPTIONAL MATCH (target)-[o:$(mv.type) {key: coalesce(s.key, '')}]->(x) WHERE mv.joined AND mv.out
      OPTIONAL MATCH (target)<-[p:$(mv.type) {key: coalesce(s.key, '')}]-(x) WHERE mv.joined AND NOT mv.out
      RETURN head(collect(coalesce(o, p))) AS c
    }
    FOREACH (_ IN CASE WHEN c IS NOT NULL AND a.survivor = 'exact' AND jb IS NOT NULL THEN [1] ELSE [] END |
      SET c = properties(jb))
    FOREACH (_ IN CASE WHEN c IS NOT NULL AND a.survivor = 'lists' AND jb IS NOT NULL THEN [1] ELSE [] END |
      FOREACH (k IN [k IN keys(ja) WHERE NOT k IN ['evArticles', 'evSentences'] AND c[k] = ja[k]] | SET c[k] = jb[k]))
    FOREACH (_ IN CASE WHEN c IS NOT NULL AND a.survivor = 'lists' THEN [1] ELSE [] END |
      SET c.evArticles = a.survivorLists[0], c.evSentences = a.survivorLists[1])
    WITH old, a, mv, s, jb, x, c
    CALL (a, jb, c) {
      WITH c WHERE c IS NOT NULL AND (a.survivor = 'delete' OR (a.survivor = 'exact' AND jb IS NULL))
      DELETE c
    }
    CALL (old, a, mv, s, x) {
      WITH old, a, mv, s, x WHERE a.restore AND x IS NOT NULL AND mv.out
      CREATE (old)-[n:$(mv.type)]->(x)
      RETURN n
    UNION
      WITH old, a, mv, s, x WHERE a.restore AND x IS NOT NULL AND NOT mv.out
      CREATE (old)<-[n:$(mv.type)]-(x)
      RETURN n
    }
    SET n = properties(s)
    FOREACH (_ IN CASE WHEN a.lists IS NULL THEN [] ELSE [1] END | SET n.evArticles = a.lists[0], n.evSentences = a.lists[1])
  }
}
FOREACH (k IN [k IN keys(after) WHERE k <> 'searchText'] + [k IN keys(before) WHERE NOT k IN keys(after)] |
  SET target[k] = CASE
    WHEN target[k] = after[k] THEN before[k]
    WHEN valueType(target[k]) STARTS WITH 'LIST' AND valueType(after[k]) STARTS WITH 'LIST'
      THEN [v IN target[k] WHERE NOT v IN after[k] OR v IN coalesce(before[k], [])]
    ELSE target[k] END)
SET target.searchText = CASE
  WHEN coalesce(target.searchTerms = before.searchTerms, false) AND coalesce(target.searchText = after.searchText, false) THEN before.searchText
  WHEN target.searchTerms IS NULL THEN target.searchText
  ELSE reduce(t = '', term IN target.searchTerms | t + ' | ' + term) END
SET m.undoneAt = datetime(), m.undoneBy = $by, m.relationshipsRestored = $restored, m.undoNotes = $notes
REMOVE m.undoing
WITH m, old, target
CALL (m) {
  MATCH (m)-[*1..2]->(snap:MergeSnapshot)
  WITH DISTINCT snap
  DETACH DELETE snap
}
RETURN old.id AS restored, target.id AS survivor
