// For each planned actor: the node it already is (by merged-away id, by id, by authority entry, or by name).
// An authority entry's actor is found by its id, its entry, or the names only it has (c.altKeys), never by a name
// another entry shares; other actors by canonical name of a compatible kind, and persons also by their Latin key.
// An actor whose name fits several authority entries (c.open false) is matched by id alone: it is its article's.
UNWIND $actors AS c
OPTIONAL MATCH (:MergedId {id: c.id})-[:MERGED_INTO]->(redirect:Actor)
OPTIONAL MATCH (same:Actor {id: c.id})
CALL (c) {
  OPTIONAL MATCH (entry:Actor {authorityId: c.authorityId})
  RETURN collect(entry.id)[0] AS byAuthority
}
CALL (c) {
  // Found by name alone, the kind checked after the collect. With the kind test in the match, this statement took
  // 7-11 s on the second batch of a bulk load (1.5 s under PROFILE, whose plan sought by name; a Java profile showed
  // index-seek results filtered by comparing long strings read from the store); an index hint alone did not
  // help (7.2 s). As written: 1.2-2.0 s.
  OPTIONAL MATCH (named:Actor {nameKey: c.nameKey})
  USING INDEX named:Actor(nameKey)
  WHERE c.authorityId IS NULL AND c.open
  RETURN collect(named) AS named
}
CALL (c) {
  OPTIONAL MATCH (spelt:Person {latinKey: c.latinKey})
  WHERE c.open
  RETURN collect(spelt) AS spelt
}
CALL (c) {
  UNWIND c.altKeys AS k
  MATCH (other:Actor {nameKey: k})
  WHERE other.authorityId IS NULL
  RETURN collect(other) AS others
}
CALL (c, named, spelt, others) {
  UNWIND [n IN named + spelt + others WHERE n.kind = c.kind OR (c.kind <> 'PERSON' AND n.kind <> 'PERSON' AND c.kind <> 'HROMADA')] AS byName
  OPTIONAL MATCH (byName)-[:LOCATED_IN*1..2]->(oblast:Oblast)
  RETURN collect(DISTINCT {id: byName.id, oblastKey: oblast.nameKey}) AS candidates
}
RETURN c.id AS planned, coalesce(redirect.id, same.id, byAuthority) AS existing, candidates
