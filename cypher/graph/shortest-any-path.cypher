// A shortest path that may also pass through articles that mention both sides; used when no fact path exists.
// Steps, the hop bound `*..6` (a template: src/graph/path.ts) and the same node at both ends as in
// shortest-fact-path.cypher.
OPTIONAL MATCH (:MergedId {id: $from})-[:MERGED_INTO]->(fromTarget:Node)
OPTIONAL MATCH (:MergedId {id: $to})-[:MERGED_INTO]->(toTarget:Node)
MATCH (a:Node {id: coalesce(fromTarget.id, $from)})
MATCH (b:Node {id: coalesce(toTarget.id, $to)})
CALL (a, b) {
  MATCH p = (a) WHERE a = b
  RETURN p
  UNION ALL
  MATCH p = shortestPath((a)-[:HOLDS_POSITION|SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED|FUNDS|IMPLEMENTS|ABOUT|LOCATED_IN|MENTIONS|REPORTS*..6]-(b))
  WHERE a <> b
  RETURN p
}
RETURN [n IN nodes(p) | n.id] AS nodeIds, [n IN nodes(p) | NODE_CARD(n)] AS nodes,
       [r IN relationships(p) | [startNode(r).id, endNode(r).id, type(r), size(coalesce(r.evArticles, [])),
         coalesce(r.evArticles[..$maxEvidence], []), coalesce(r.evSentences[..$maxEvidence], [])]] AS steps
