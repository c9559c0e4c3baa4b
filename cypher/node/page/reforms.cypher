// An event's reforms, as event/get-event-links gives them.
CALL (n) {
  WITH n WHERE n:Event
  OPTIONAL MATCH (n)-[:ABOUT]->(m:Reform)
  WITH collect(DISTINCT m) AS found
  RETURN [x IN found | x.id] AS reforms, found AS reformsNodes
}
