// A shortest path of facts between two nodes (the project's first choice), its node ids and relation types.
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = shortestPath((a)-[:HOLDS_POSITION|SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED|FUNDS|IMPLEMENTS|ABOUT|LOCATED_IN*..6]-(b))
WHERE length(p) <= $maxHops
RETURN {length: length(p), nodeIds: [n IN nodes(p) | n.id], relations: [r IN relationships(p) | type(r)],
        sentences: [r IN relationships(p) | r.evSentences[0]]} AS row
