// Statements: one row per (speaker, event) where the person spoke or chaired, filtered, newest events first.
// Each key is one page request, so nested lists of many parents cost one round trip.
// The match starts from the most selective filter given (speaker, event, reform), so it seeks an index instead of
// scanning every statement of the graph (profiled: the scan made a person profile cost O(all statements)).
UNWIND $keys AS k
CALL (k) {
  CALL (k) {
    WITH k WHERE k.speaker IS NOT NULL
    MATCH (p:Person {id: k.speaker})-[r:SPOKE_AT|CHAIRED]->(e:Event)
    RETURN p, r, e
    UNION ALL
    WITH k WHERE k.speaker IS NULL AND k.event IS NOT NULL
    MATCH (p:Person)-[r:SPOKE_AT|CHAIRED]->(e:Event {id: k.event})
    RETURN p, r, e
    UNION ALL
    WITH k WHERE k.speaker IS NULL AND k.event IS NULL AND k.reform IS NOT NULL
    MATCH (:Reform {id: k.reform})<-[:ABOUT]-(e:Event)
    WHERE (k.from IS NULL OR e.dateMax >= k.from) AND (k.to IS NULL OR e.dateMin <= k.to)
    MATCH (e)<-[r:SPOKE_AT|CHAIRED]-(p:Person)
    RETURN p, r, e
    UNION ALL
    // UNWIND of an empty list, not WHERE: the planner scans first and filters on k after.
    UNWIND CASE WHEN k.speaker IS NULL AND k.event IS NULL AND k.reform IS NULL THEN [1] ELSE [] END AS unfiltered
    MATCH (p:Person)-[r:SPOKE_AT|CHAIRED]->(e:Event)
    RETURN p, r, e
  }
  WITH p, r, e
  WHERE (k.speaker IS NULL OR p.id = k.speaker)
    AND (k.event IS NULL OR e.id = k.event)
    // Rows of the reform branch are about the reform already: the check is for a speaker's or an event's rows
    // (re-expanding every event's ABOUT was half the db hits of a reform's statements, if little of their time).
    AND (k.reform IS NULL OR (k.speaker IS NULL AND k.event IS NULL) OR EXISTS { (e)-[:ABOUT]->(:Reform {id: k.reform}) })
    AND (k.from IS NULL OR e.dateMax >= k.from)
    AND (k.to IS NULL OR e.dateMin <= k.to)
  WITH p, e, collect(r) AS rels
  RETURN p, e, rels ORDER BY e.dateMin DESC, e.id, p.id
}
// Quotes and evidence are read for the page only: for a hub, thousands of rows are counted and sorted, 50 are shown.
WITH k, collect({p: p, e: e, rels: rels}) AS found
// `nodes` carries the speakers, events and evidence articles of the page, so that no second round trip loads them.
WITH k, size(found) AS totalCount, found[k.skip..k.skip + k.limit] AS page
WITH k, totalCount, page, STATEMENT_ROWS(page) AS rows
RETURN k.key AS key, totalCount, rows,
  COLLECT { UNWIND [x IN page | x.p] + [x IN page | x.e] AS m WITH DISTINCT m RETURN NODE_CARD(m) }
  + COLLECT { UNWIND rows AS row MATCH (art:Article {id: row.evidence.articleId}) WITH DISTINCT art RETURN NODE_CARD(art) } AS nodes
