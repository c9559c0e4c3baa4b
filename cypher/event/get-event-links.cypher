// Everything an event page shows, for a batch of events in one round trip.
UNWIND $ids AS key
MATCH (e:Event {id: key})
CALL (e) { OPTIONAL MATCH (p:Person)-[:CHAIRED]->(e) RETURN collect(DISTINCT p.id) AS chairs }
CALL (e) { OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN collect(DISTINCT a.id) AS participants }
CALL (e) { OPTIONAL MATCH (a:Actor)-[:ORGANISED]->(e) RETURN collect(DISTINCT a.id) AS organisers }
CALL (e) { OPTIONAL MATCH (e)-[:ABOUT]->(r:Reform) RETURN collect(DISTINCT r.id) AS reforms }
CALL (e) { OPTIONAL MATCH (art:Article)-[:REPORTS]->(e) RETURN collect(DISTINCT art.id) AS articles }
RETURN key, chairs, participants, organisers, reforms, articles
