// An event's articles, as event/get-event-links gives them.
CALL (n) {
  WITH n WHERE n:Event
  OPTIONAL MATCH (m:Article)-[:REPORTS]->(n)
  WITH collect(DISTINCT m) AS found
  RETURN [x IN found | x.id] AS articles, found AS articlesNodes
}
