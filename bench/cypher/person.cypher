// A person profile: positions with their organisations, the newest events and statements (20 each), in one query.
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:HOLDS_POSITION]->(o:Actor)
  RETURN collect({title: r.title, organizationId: o.id, organization: o.name}) AS positions
}
CALL (p) {
  MATCH (p)-[:SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED]->(e:Event)
  WITH DISTINCT e ORDER BY e.dateMin DESC, e.id
  WITH collect({id: e.id, name: e.name, startDate: e.startDate}) AS found
  RETURN size(found) AS eventCount, found[..$first] AS events
}
CALL (p) {
  MATCH (p)-[r:SPOKE_AT|CHAIRED]->(e:Event)
  WITH e, collect(r) AS rels
  WITH e, [x IN rels WHERE type(x) = 'SPOKE_AT'] + [x IN rels WHERE type(x) = 'CHAIRED'] AS rels
  ORDER BY e.dateMin DESC, e.id
  WITH collect({eventId: e.id, event: e.name, quote: head([x IN rels WHERE x.quote IS NOT NULL | x.quote]),
    chaired: any(x IN rels WHERE type(x) = 'CHAIRED'), sentence: head(rels).evSentences[0], articleId: head(rels).evArticles[0]}) AS found
  RETURN size(found) AS statementCount, found[..$first] AS statements
}
RETURN {id: p.id, name: p.name, positions: positions, eventCount: eventCount, events: events,
        statementCount: statementCount, statements: statements} AS row
