// Statements about a reform within dates, newest events first, one page; with the total count.
MATCH (:Reform {id: $reform})<-[:ABOUT]-(e:Event)
WHERE e.dateMax >= $from AND e.dateMin <= $to
MATCH (p:Person)-[r:SPOKE_AT|CHAIRED]->(e)
WITH p, e, collect(r) AS rels
WITH p, e, [x IN rels WHERE type(x) = 'SPOKE_AT'] + [x IN rels WHERE type(x) = 'CHAIRED'] AS rels
ORDER BY e.dateMin DESC, e.id, p.id
WITH collect({speakerId: p.id, speaker: p.name, eventId: e.id, event: e.name, startDate: e.startDate,
  quote: head([x IN rels WHERE x.quote IS NOT NULL | x.quote]), chaired: any(x IN rels WHERE type(x) = 'CHAIRED'),
  sentence: head(rels).evSentences[0], articleId: head(rels).evArticles[0]}) AS found
RETURN {totalCount: size(found), rows: found[$skip..$skip + $first]} AS row
