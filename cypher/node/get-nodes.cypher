// Nodes by id, following merged-away ids to the surviving node, as cards (NODE_CARD: see src/db/cypher.ts).
UNWIND $ids AS key
OPTIONAL MATCH (:MergedId {id: key})-[:MERGED_INTO]->(target:Node)
MATCH (n:Node {id: coalesce(target.id, key)})
RETURN key, NODE_CARD(n) AS card
