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
    AND (k.reform IS NULL OR EXISTS { (e)-[:ABOUT]->(:Reform {id: k.reform}) })
    AND (k.from IS NULL OR e.dateMax >= k.from)
    AND (k.to IS NULL OR e.dateMin <= k.to)
  WITH p, e, collect(r) AS rels
  WITH p, e, [x IN rels WHERE type(x) = 'SPOKE_AT'] + [x IN rels WHERE type(x) = 'CHAIRED'] AS rels
  WITH p, e, rels, head(rels) AS first
  RETURN p.id AS speakerId, e.id AS eventId, e.dateMin AS date,
         head([x IN rels WHERE x.quote IS NOT NULL | x.quote]) AS quote,
         any(x IN rels WHERE type(x) = 'CHAIRED') AS chaired,
         {articleId: first.evArticles[0], sentence: first.evSentences[0]} AS evidence
  ORDER BY date DESC, eventId, speakerId
}
WITH k, collect({speakerId: speakerId, eventId: eventId, quote: quote, chaired: chaired, evidence: evidence}) AS found
RETURN k.key AS key, size(found) AS totalCount, found[k.skip..k.skip + k.limit] AS rows
