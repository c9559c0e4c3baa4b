// A shortest path of facts between two nodes (the project's first choice): its node ids and each step with its
// direction, relation type and first $maxEvidence evidence sentences, as ours' Path.steps shows them.
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = shortestPath((a)-[:HOLDS_POSITION|SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED|FUNDS|IMPLEMENTS|ABOUT|LOCATED_IN*..6]-(b))
WHERE length(p) <= $maxHops
RETURN {length: length(p), nodeIds: [n IN nodes(p) | n.id],
        steps: [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, relation: type(r),
                                         sentences: coalesce(r.evSentences[..$maxEvidence], [])}]} AS row
