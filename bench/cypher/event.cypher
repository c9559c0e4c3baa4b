// An event page: chairs, speakers (a chair counts as one) with quotes, organisers and reforms.
MATCH (e:Event {id: $id})
RETURN {id: e.id, name: e.name, startDate: e.startDate,
  chairs: COLLECT { MATCH (p:Person)-[:CHAIRED]->(e) RETURN DISTINCT {id: p.id, name: p.name} },
  speakers: COLLECT { MATCH (p:Person)-[r:SPOKE_AT|CHAIRED]->(e) WITH p, collect(r.quote) AS quotes RETURN {id: p.id, name: p.name, quote: head(quotes)} },
  organisers: COLLECT { MATCH (a:Actor)-[:ORGANISED]->(e) RETURN DISTINCT {id: a.id, name: a.name} },
  reforms: COLLECT { MATCH (e)-[:ABOUT]->(r:Reform) RETURN DISTINCT {id: r.id, name: r.name} }} AS row
