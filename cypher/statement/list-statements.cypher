// Statements: one row per (speaker, event) where the person spoke or chaired, filtered, newest events first.
// Each key is one page request, so nested lists of many parents cost one round trip.
UNWIND $keys AS k
CALL (k) {
  // A reform's statements (no speaker or event given): its events first, counted and sorted, then the speakers of
  // the page's events only. Sorting every (speaker, event) row of the reform first cost 170-195 ms of Neo4j a page
  // at 100k articles (15,000 rows, 50 shown).
  WITH k WHERE k.reform IS NOT NULL AND k.speaker IS NULL AND k.event IS NULL
  WITH k, k.reform AS reform, k.from AS from, k.to AS to, k.skip AS skip, k.limit AS limit, k.minConfidence AS minConfidence
  CALL (reform, from, to, skip, limit, minConfidence) {
    MATCH (:Reform {id: reform})<-[:ABOUT]-(e:Event)
    WHERE (from IS NULL OR e.dateMax >= from) AND (to IS NULL OR e.dateMin <= to)
    CALL (e, minConfidence) {
      MATCH (e)<-[r:SPOKE_AT|CHAIRED]-(p:Person)
      WHERE minConfidence IS NULL OR r.confidence >= minConfidence
      RETURN count(DISTINCT p) AS speakers
    }
    WITH e, speakers WHERE speakers > 0
    WITH e, speakers ORDER BY e.dateMin DESC, e.id
    WITH sum(speakers) AS totalCount, collect(e) AS sorted
    CALL (sorted, skip, limit, minConfidence) {
      UNWIND sorted[..skip + limit] AS e
      MATCH (e)<-[r:SPOKE_AT|CHAIRED]-(p:Person)
      WHERE minConfidence IS NULL OR r.confidence >= minConfidence
      WITH DISTINCT e, p ORDER BY e.dateMin DESC, e.id, p.id
      WITH collect([p, e]) AS pairs
      RETURN pairs[skip..skip + limit] AS shown
    }
    RETURN totalCount, COLLECT {
      UNWIND range(0, size(shown) - 1) AS i
      WITH i, shown[i][0] AS p, shown[i][1] AS e
      MATCH (p)-[r:SPOKE_AT|CHAIRED]->(e)
      WHERE minConfidence IS NULL OR r.confidence >= minConfidence
      WITH i, p, e, collect(r) AS rels ORDER BY i
      RETURN {p: p, e: e, rels: rels}
    } AS page
  }
  RETURN totalCount, page
  UNION ALL
  // Any other filter: the match starts from the most selective one given (speaker, event), so it seeks an index
  // instead of scanning every statement of the graph (profiled: the scan made a person profile cost O(all statements)).
  WITH k WHERE NOT (k.reform IS NOT NULL AND k.speaker IS NULL AND k.event IS NULL)
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
      // UNWIND of an empty list, not WHERE: the planner scans first and filters on k after.
      UNWIND CASE WHEN k.speaker IS NULL AND k.event IS NULL AND k.reform IS NULL THEN [1] ELSE [] END AS unfiltered
      MATCH (p:Person)-[r:SPOKE_AT|CHAIRED]->(e:Event)
      RETURN p, r, e
    }
    WITH p, r, e
    WHERE (k.speaker IS NULL OR p.id = k.speaker)
      AND (k.event IS NULL OR e.id = k.event)
      AND (k.reform IS NULL OR EXISTS { (e)-[:ABOUT]->(:Reform {id: k.reform}) })
      AND (k.from IS NULL OR e.dateMax >= k.from)
      AND (k.to IS NULL OR e.dateMin <= k.to)
      AND (k.minConfidence IS NULL OR r.confidence >= k.minConfidence)
    WITH p, e, collect(r) AS rels
    RETURN p, e, rels ORDER BY e.dateMin DESC, e.id, p.id
  }
  WITH k, collect({p: p, e: e, rels: rels}) AS found
  RETURN size(found) AS totalCount, found[k.skip..k.skip + k.limit] AS page
}
// Quotes and evidence are read for the page only: for a hub, thousands of rows are counted and sorted, 50 are shown.
// `nodes` carries the speakers, events and evidence articles of the page, so that no second round trip loads them;
// the articles only when the query shows more of them than their ids (k.articles, src/shared/lists.ts). Rows carry
// their evidence only when the query shows it (k.evidence).
WITH k, totalCount, page, STATEMENT_ROWS(page, k.evidence) AS rows
RETURN k.key AS key, totalCount, rows,
  COLLECT { UNWIND [x IN page | x.p] + [x IN page | x.e] AS m WITH DISTINCT m RETURN NODE_CARD(m) }
  + COLLECT { UNWIND CASE WHEN coalesce(k.articles, true) THEN rows ELSE [] END AS row
    MATCH (art:Article {id: row.evidence.articleId}) WITH DISTINCT art RETURN NODE_CARD(art) } AS nodes
