// An event's organisers, as event/get-event-links gives them.
CALL (n) {
  WITH n WHERE n:Event
  OPTIONAL MATCH (m:Actor)-[:ORGANISED]->(n)
  WITH collect(DISTINCT m) AS found
  RETURN [x IN found | x.id] AS organisers, found AS organisersNodes
}
