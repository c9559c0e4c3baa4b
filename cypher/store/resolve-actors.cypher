// For each planned actor: the node it already is (by merged-away id, by id, or by canonical name of a compatible kind).
UNWIND $actors AS c
OPTIONAL MATCH (:MergedId {id: c.id})-[:MERGED_INTO]->(redirect:Actor)
OPTIONAL MATCH (same:Actor {id: c.id})
CALL (c) {
  // Found by name alone, the kind checked after the collect. With the kind test in the match, this statement took
  // 7-11 s on the second batch of a bulk load (1.5 s under PROFILE, whose plan sought by name; a Java profile showed
  // index-seek results filtered by comparing long strings read from the store); an index hint alone did not
  // help (7.2 s). As written: 1.2-2.0 s.
  OPTIONAL MATCH (named:Actor {nameKey: c.nameKey})
  USING INDEX named:Actor(nameKey)
  WITH c, collect(named) AS named
  UNWIND [n IN named WHERE n.kind = c.kind OR (c.kind <> 'PERSON' AND n.kind <> 'PERSON' AND c.kind <> 'HROMADA')] AS byName
  OPTIONAL MATCH (byName)-[:LOCATED_IN*1..2]->(oblast:Oblast)
  RETURN collect({id: byName.id, oblastKey: oblast.nameKey}) AS candidates
}
RETURN c.id AS planned, coalesce(redirect.id, same.id) AS existing, candidates
