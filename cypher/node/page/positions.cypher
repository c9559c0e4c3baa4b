// A person's positions, as actor/get-positions gives them.
CALL (n) {
  WITH n WHERE n:Person
  MATCH (n)-[r:HOLDS_POSITION]->(o:Actor)
  WITH n, r, o ORDER BY r.title, o.id
  RETURN collect({personId: n.id, organizationId: o.id, title: r.title, from: r.from, to: r.to, confidence: r.confidence}) AS positions,
         collect(o) AS positionsNodes
}
