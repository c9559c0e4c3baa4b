// For each planned actor: the node it already is (by merged-away id, by id, or by canonical name of a compatible kind).
UNWIND $actors AS c
OPTIONAL MATCH (:MergedId {id: c.id})-[:MERGED_INTO]->(redirect:Actor)
OPTIONAL MATCH (same:Actor {id: c.id})
CALL (c) {
  OPTIONAL MATCH (byName:Actor {nameKey: c.nameKey})
  WHERE byName.kind = c.kind OR (c.kind <> 'PERSON' AND byName.kind <> 'PERSON' AND c.kind <> 'HROMADA')
  OPTIONAL MATCH (byName)-[:LOCATED_IN*1..2]->(oblast:Oblast)
  WITH byName, oblast WHERE byName IS NOT NULL
  RETURN collect({id: byName.id, oblastKey: oblast.nameKey}) AS candidates
}
RETURN c.id AS planned, coalesce(redirect.id, same.id) AS existing, candidates
