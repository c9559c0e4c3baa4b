// One node and the first page of every list its profile or event page asks for ($want), in one round trip.
// node(id) sends it when the query selects those lists; the lists have the same rows, order and `nodes` as the
// loaders' queries (actor/get-positions, event/list-events, statement/list-statements, event/get-event-links), which
// test/integration/prefetch.test.ts checks. A list not wanted costs nothing: its subquery starts with a false WHERE.
// Every CALL aggregates, so a list not wanted gives one empty row and the node keeps its row.
OPTIONAL MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(target:Node)
MATCH (n:Node {id: coalesce(target.id, $id)})
CALL (n) {
  WITH n WHERE $want.positions AND n:Person
  MATCH (n)-[r:HOLDS_POSITION]->(o:Actor)
  WITH n, r, o ORDER BY r.title, o.id
  RETURN collect({personId: n.id, organizationId: o.id, title: r.title, from: r.from, to: r.to}) AS positions,
         collect(NODE_CARD(o)) AS positionNodes
}
// Hub persons are in thousands of events: their pages are top-N sorts (SKIP/LIMIT) and their counts COUNT
// subqueries, instead of collecting and sorting every event to show 20 (at 100k: 18 ms of Neo4j CPU a profile).
CALL (n) {
  WITH n WHERE $want.events IS NOT NULL AND n:Actor
  MATCH (n)-[:SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED]->(e:Event)
  WITH DISTINCT e ORDER BY e.dateMin DESC, e.id
  SKIP toInteger(coalesce($want.events.skip, 0)) LIMIT toInteger(coalesce($want.events.limit, 0))
  RETURN collect(e) AS eventPage
}
CALL (n) {
  WITH n WHERE $want.events IS NOT NULL AND n:Actor
  RETURN sum(COUNT { MATCH (n)-[:SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED]->(e:Event) RETURN DISTINCT e }) AS eventCount
}
// Statements: a person's (newest events first) or an event's (by speaker id); a node is one or the other, so the
// two pages are added and shaped once below.
CALL (n) {
  WITH n WHERE $want.statements IS NOT NULL AND n:Person
  MATCH (n)-[:SPOKE_AT|CHAIRED]->(e:Event)
  WITH DISTINCT n, e ORDER BY e.dateMin DESC, e.id
  SKIP toInteger(coalesce($want.statements.skip, 0)) LIMIT toInteger(coalesce($want.statements.limit, 0))
  MATCH (n)-[r:SPOKE_AT|CHAIRED]->(e)
  WITH n AS p, e, collect(r) AS rels ORDER BY e.dateMin DESC, e.id
  RETURN collect({p: p, e: e, rels: rels}) AS speakerPage
}
CALL (n) {
  WITH n WHERE $want.statements IS NOT NULL AND n:Person
  RETURN sum(COUNT { MATCH (n)-[:SPOKE_AT|CHAIRED]->(e:Event) RETURN DISTINCT e }) AS speakerCount
}
CALL (n) {
  WITH n WHERE $want.eventStatements IS NOT NULL AND n:Event
  MATCH (p:Person)-[r:SPOKE_AT|CHAIRED]->(n)
  WITH p, n AS e, collect(r) AS rels ORDER BY p.id
  WITH collect({p: p, e: e, rels: rels}) AS found
  RETURN size(found) AS eventCount2,
         found[toInteger(coalesce($want.eventStatements.skip, 0))..toInteger(coalesce($want.eventStatements.skip, 0) + coalesce($want.eventStatements.limit, 0))] AS eventPage2
}
WITH n, positions, positionNodes, eventPage, eventCount, speakerCount + coalesce(eventCount2, 0) AS statementCount,
     speakerPage + coalesce(eventPage2, []) AS page
WITH n, positions, positionNodes, eventPage, eventCount, statementCount, page, [x IN page |
    {speakerId: x.p.id, eventId: x.e.id,
     quote: head([r IN x.rels WHERE r.quote IS NOT NULL | r.quote]),
     chaired: any(r IN x.rels WHERE type(r) = 'CHAIRED'),
     evidence: head([r IN x.rels WHERE type(r) = 'SPOKE_AT' | {articleId: r.evArticles[0], sentence: r.evSentences[0]}]
                    + [r IN x.rels | {articleId: r.evArticles[0], sentence: r.evSentences[0]}])}] AS rows
CALL (n) {
  WITH n WHERE $want.eventLinks AND n:Event
  CALL (n) { OPTIONAL MATCH (p:Person)-[:CHAIRED]->(n) RETURN collect(DISTINCT p) AS chairs }
  CALL (n) { OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(n) RETURN collect(DISTINCT a) AS participants }
  CALL (n) { OPTIONAL MATCH (a:Actor)-[:ORGANISED]->(n) RETURN collect(DISTINCT a) AS organisers }
  CALL (n) { OPTIONAL MATCH (n)-[:ABOUT]->(r:Reform) RETURN collect(DISTINCT r) AS reforms }
  CALL (n) { OPTIONAL MATCH (art:Article)-[:REPORTS]->(n) RETURN collect(DISTINCT art) AS articles }
  RETURN head(collect({chairs: [x IN chairs | x.id], participants: [x IN participants | x.id], organisers: [x IN organisers | x.id],
          reforms: [x IN reforms | x.id], articles: [x IN articles | x.id],
          nodes: [x IN chairs + participants + organisers + reforms + articles | NODE_CARD(x)]})) AS eventLinks
}
RETURN NODE_CARD(n) AS node, positions, positionNodes,
  {totalCount: eventCount, ids: [e IN eventPage | e.id], nodes: [e IN eventPage | NODE_CARD(e)]} AS events,
  {totalCount: statementCount, rows: rows, nodes: COLLECT { UNWIND [x IN page | x.p] + [x IN page | x.e] AS m WITH DISTINCT m RETURN NODE_CARD(m) }
    + COLLECT { UNWIND rows AS row MATCH (art:Article {id: row.evidence.articleId}) WITH DISTINCT art RETURN NODE_CARD(art) }} AS statements,
  eventLinks
