// An event's participants, as event/get-event-links gives them.
CALL (n) {
  WITH n WHERE n:Event
  OPTIONAL MATCH (m:Actor)-[:PARTICIPATED_IN]->(n)
  WITH collect(DISTINCT m) AS found
  RETURN [x IN found | x.id] AS participants, found AS participantsNodes
}
