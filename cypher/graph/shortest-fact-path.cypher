// A shortest path over facts (no article mentions), at most 6 hops; the caller checks maxHops. Each step carries
// its first $maxEvidence sentences and their count: a hub fact's thousands made a path cost 30 ms of Neo4j CPU at 100k.
// A step is a list [from, to, type, count, articles, sentences] (src/graph/path.ts reads it): each evidence list is
// read once, where a map per sentence read both lists again for every sentence (hub paths at 10k: Neo4j CPU
// 2.5 -> 1.4 ms).
OPTIONAL MATCH (:MergedId {id: $from})-[:MERGED_INTO]->(fromTarget:Node)
OPTIONAL MATCH (:MergedId {id: $to})-[:MERGED_INTO]->(toTarget:Node)
MATCH (a:Node {id: coalesce(fromTarget.id, $from)})
MATCH (b:Node {id: coalesce(toTarget.id, $to)})
MATCH p = shortestPath((a)-[:HOLDS_POSITION|SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED|FUNDS|IMPLEMENTS|ABOUT|LOCATED_IN*..6]-(b))
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodeIds, [n IN nodes(p) | NODE_CARD(n)] AS nodes,
       [r IN relationships(p) | [startNode(r).id, endNode(r).id, type(r), size(coalesce(r.evArticles, [])),
         coalesce(r.evArticles[..$maxEvidence], []), coalesce(r.evSentences[..$maxEvidence], [])]] AS steps
