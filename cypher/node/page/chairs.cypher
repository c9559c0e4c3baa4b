// An event's chairs, as event/get-event-links gives them.
CALL (n) {
  WITH n WHERE n:Event
  OPTIONAL MATCH (m:Person)-[:CHAIRED]->(n)
  WITH collect(DISTINCT m) AS found
  RETURN [x IN found | x.id] AS chairs, found AS chairsNodes
}
