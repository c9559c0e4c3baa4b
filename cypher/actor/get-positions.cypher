// Positions of persons (side = 'person') or at organisations (side = 'organization'); evidence comes separately
// (get-position-evidence), only when asked for: a hub's positions carried hundreds of KB of sentences otherwise.
// Each side expands from the given actor (profiled: one pattern for both sides scanned every HOLDS_POSITION).
UNWIND $ids AS key
MATCH (a:Actor {id: key})
CALL (a) {
  CALL (a) {
    WITH a WHERE $side = 'person'
    MATCH (a)-[r:HOLDS_POSITION]->(o:Actor)
    RETURN a AS p, r, o
    UNION ALL
    WITH a WHERE $side = 'organization'
    MATCH (p:Person)-[r:HOLDS_POSITION]->(a)
    RETURN p, r, a AS o
  }
  WITH p, r, o WHERE p:Person
  RETURN p, o, p.id AS personId, o.id AS organizationId, r.title AS title, r.from AS from, r.to AS to, r.confidence AS confidence
  ORDER BY title, organizationId, personId
}
// `nodes`: both ends of every position, so that person and organisation need no second round trip.
RETURN key, collect({personId: personId, organizationId: organizationId, title: title, from: from, to: to, confidence: confidence}) AS rows,
       collect(NODE_CARD(o)) + collect(NODE_CARD(p)) AS nodes
