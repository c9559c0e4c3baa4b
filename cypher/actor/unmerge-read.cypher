// What undoing merge $mergeId needs (see merge-actors.cypher for the record), locked as it is read (SET x = x takes
// the write lock), so that no write slips in between this read and unmerge-actor.cypher: the merge record, whether
// the survivor still stands (else what it was merged into since), whether the merged-away id is free, and for each
// moved relationship its other end now and the survivor's relationship it joined, as it is now.
OPTIONAL MATCH (m:Merge {id: $mergeId})
SET m.undoing = true
WITH m
OPTIONAL MATCH (target:Actor {id: m.intoId})
SET target.aliases = target.aliases
WITH m, target
CALL (m) {
  OPTIONAL MATCH (:MergedId {id: m.intoId})-[:MERGED_INTO]->(now:Actor)
  OPTIONAL MATCH (later:Merge {fromId: m.intoId}) WHERE later.undoneAt IS NULL
  WITH now, later ORDER BY later.at DESC
  RETURN head(collect(now.id)) AS intoNow, head(collect(later.id)) AS intoLaterMerge
}
CALL (m) {
  OPTIONAL MATCH (taken:Node {id: m.fromId})
  RETURN count(taken) > 0 AS fromTaken
}
CALL (m, target) {
  OPTIONAL MATCH (m)-[mv:MOVED]->(s:MergeSnapshot)
  OPTIONAL MATCH (s)-[:JOINED_BEFORE]->(jb:MergeSnapshot)
  OPTIONAL MATCH (s)-[:JOINED_AFTER]->(ja:MergeSnapshot)
  CALL (mv) {
    OPTIONAL MATCH (xn:Node {id: mv.otherId}) WHERE mv.otherLabel = 'Node'
    OPTIONAL MATCH (xm:MergedId {id: mv.otherId}) WHERE mv.otherLabel = 'MergedId'
    RETURN coalesce(xn, xm) AS x
  }
  CALL (mv, x) {
    OPTIONAL MATCH (:MergedId {id: mv.otherId})-[:MERGED_INTO]->(now:Node) WHERE x IS NULL
    OPTIONAL MATCH (later:Merge {fromId: mv.otherId}) WHERE x IS NULL AND later.undoneAt IS NULL
    WITH now, later ORDER BY later.at DESC
    RETURN head(collect(now.id)) AS otherNow, head(collect(later.id)) AS otherLaterMerge
  }
  CALL (target, mv, s, x) {
    OPTIONAL MATCH (target)-[o:$(mv.type) {key: coalesce(s.key, '')}]->(x) WHERE mv.joined AND mv.out
    OPTIONAL MATCH (target)<-[p:$(mv.type) {key: coalesce(s.key, '')}]-(x) WHERE mv.joined AND NOT mv.out
    RETURN head(collect(coalesce(o, p))) AS c
  }
  FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | SET c.evArticles = c.evArticles)
  WITH mv, s, jb, ja, x, otherNow, otherLaterMerge, c ORDER BY mv.i DESC
  RETURN collect(CASE WHEN mv IS NOT NULL THEN {
    i: mv.i, type: mv.type, out: mv.out, otherId: mv.otherId, joined: mv.joined, key: s.key,
    otherFound: x IS NOT NULL, otherNow: otherNow, otherLaterMerge: otherLaterMerge,
    movedArticles: coalesce(s.evArticles, []), movedSentences: coalesce(s.evSentences, []),
    hadBefore: jb IS NOT NULL, beforeArticles: coalesce(jb.evArticles, []), beforeSentences: coalesce(jb.evSentences, []),
    current: c IS NOT NULL, unchanged: c IS NOT NULL AND ja IS NOT NULL AND properties(c) = properties(ja),
    currentArticles: coalesce(c.evArticles, []), currentSentences: coalesce(c.evSentences, [])
  } END) AS moves
}
RETURN m IS NOT NULL AS found, m.fromId AS fromId, m.intoId AS intoId, m.fromName AS fromName, m.by AS by,
  toString(m.at) AS at, toString(m.undoneAt) AS undoneAt, m.undoneBy AS undoneBy, target IS NOT NULL AS intoFound,
  intoNow, intoLaterMerge, fromTaken, moves
