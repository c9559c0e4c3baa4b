// An event page: chairs, speakers (a chair counts as one) with quotes and whether they chaired, organisers and reforms.
MATCH (e:Event {id: $id})
CALL (e) {
  OPTIONAL MATCH (p:Person)-[:CHAIRED]->(e)
  WITH DISTINCT p WHERE p IS NOT NULL
  RETURN collect({id: p.id, name: p.name}) AS chairs
}
CALL (e) {
  OPTIONAL MATCH (p:Person)-[r:SPOKE_AT|CHAIRED]->(e)
  WITH p, collect(r) AS rels WHERE p IS NOT NULL
  RETURN collect({id: p.id, name: p.name, quote: head([x IN rels WHERE x.quote IS NOT NULL | x.quote]),
                  chaired: any(x IN rels WHERE type(x) = 'CHAIRED')}) AS speakers
}
CALL (e) {
  OPTIONAL MATCH (a:Actor)-[:ORGANISED]->(e)
  WITH DISTINCT a WHERE a IS NOT NULL
  RETURN collect({id: a.id, name: a.name}) AS organisers
}
CALL (e) {
  OPTIONAL MATCH (e)-[:ABOUT]->(r:Reform)
  WITH DISTINCT r WHERE r IS NOT NULL
  RETURN collect({id: r.id, name: r.name}) AS reforms
}
RETURN {id: e.id, name: e.name, startDate: e.startDate, chairs: chairs, speakers: speakers, organisers: organisers, reforms: reforms} AS row
