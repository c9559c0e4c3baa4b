// A shortest path over facts (no article mentions) between two nodes, of at most the bound below. Each step carries
// its first $maxEvidence sentences and their count: a hub fact's thousands made a path cost 30 ms of Neo4j CPU at 100k.
// A step is a list [from, to, type, count, articles, sentences] (src/graph/path.ts reads it): each evidence list is
// read once, where a map per sentence read both lists again for every sentence (hub paths at 10k: Neo4j CPU
// 2.5 -> 1.4 ms).
// A template: the pattern's bound `*..6` is the hop limit, and src/graph/path.ts makes one statement per limit 1..6
// from it (Cypher takes no parameter there). A `WHERE length(p) <= $maxHops` instead made Neo4j fall back to
// enumerating every path of up to 6 hops whenever the shortest was too long or missing: at 1.4k nodes (the seed and
// the dev set's articles) a node it could not reach took the whole query timeout, even at maxHops 1; now 4-7 ms.
// The same node at both ends is the path of that node alone (shortestPath refuses it).
OPTIONAL MATCH (:MergedId {id: $from})-[:MERGED_INTO]->(fromTarget:Node)
OPTIONAL MATCH (:MergedId {id: $to})-[:MERGED_INTO]->(toTarget:Node)
MATCH (a:Node {id: coalesce(fromTarget.id, $from)})
MATCH (b:Node {id: coalesce(toTarget.id, $to)})
CALL (a, b) {
  MATCH p = (a) WHERE a = b
  RETURN p
  UNION ALL
  MATCH p = shortestPath((a)-[:HOLDS_POSITION|SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED|FUNDS|IMPLEMENTS|ABOUT|LOCATED_IN*..6]-(b))
  WHERE a <> b
  RETURN p
}
RETURN [n IN nodes(p) | n.id] AS nodeIds, [n IN nodes(p) | NODE_CARD(n)] AS nodes,
       [r IN relationships(p) | [startNode(r).id, endNode(r).id, type(r), size(coalesce(r.evArticles, [])),
         coalesce(r.evArticles[..$maxEvidence], []), coalesce(r.evSentences[..$maxEvidence], [])]] AS steps
