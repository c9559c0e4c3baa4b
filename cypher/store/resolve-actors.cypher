// For each planned actor: the node it already is (by merged-away id, by id, or by canonical name of a compatible kind).
UNWIND $actors AS c
OPTIONAL MATCH (:MergedId {id: c.id})-[:MERGED_INTO]->(redirect:Actor)
OPTIONAL MATCH (same:Actor {id: c.id})
CALL (c) {
  // Found by name alone, the kind checked after the collect: given the kind test in the match, the planner could
  // seek by kind and compare every actor of that kind's name per row (5-11 s, not 1.5, on the second batch of a
  // bulk load, when the index samples were those of a young graph).
  OPTIONAL MATCH (named:Actor {nameKey: c.nameKey})
  USING INDEX named:Actor(nameKey)
  WITH c, collect(named) AS named
  UNWIND [n IN named WHERE n.kind = c.kind OR (c.kind <> 'PERSON' AND n.kind <> 'PERSON' AND c.kind <> 'HROMADA')] AS byName
  OPTIONAL MATCH (byName)-[:LOCATED_IN*1..2]->(oblast:Oblast)
  RETURN collect({id: byName.id, oblastKey: oblast.nameKey}) AS candidates
}
RETURN c.id AS planned, coalesce(redirect.id, same.id) AS existing, candidates
