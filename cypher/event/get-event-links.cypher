// Everything an event page shows, for a batch of events in one round trip; `nodes` carries the linked nodes' properties.
UNWIND $ids AS key
MATCH (e:Event {id: key})
CALL (e) { OPTIONAL MATCH (p:Person)-[:CHAIRED]->(e) RETURN collect(DISTINCT p) AS chairs }
CALL (e) { OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN collect(DISTINCT a) AS participants }
CALL (e) { OPTIONAL MATCH (a:Actor)-[:ORGANISED]->(e) RETURN collect(DISTINCT a) AS organisers }
CALL (e) { OPTIONAL MATCH (e)-[:ABOUT]->(r:Reform) RETURN collect(DISTINCT r) AS reforms }
CALL (e) { OPTIONAL MATCH (art:Article)-[:REPORTS]->(e) RETURN collect(DISTINCT art) AS articles }
RETURN key, [x IN chairs | x.id] AS chairs, [x IN participants | x.id] AS participants, [x IN organisers | x.id] AS organisers,
       [x IN reforms | x.id] AS reforms, [x IN articles | x.id] AS articles,
       [x IN chairs + participants + organisers + reforms + articles | NODE_CARD(x)] AS nodes
