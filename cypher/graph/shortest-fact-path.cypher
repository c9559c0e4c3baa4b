// A shortest path over facts (no article mentions), at most 6 hops; the caller checks maxHops.
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = shortestPath((a)-[:HOLDS_POSITION|SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED|FUNDS|IMPLEMENTS|ABOUT|LOCATED_IN*..6]-(b))
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | {fromId: startNode(r).id, toId: endNode(r).id, relation: type(r),
         evidence: [i IN range(0, size(coalesce(r.evArticles, [])) - 1) | {articleId: r.evArticles[i], sentence: r.evSentences[i]}]}] AS steps
