// The node of a page (src/node/page-statement.ts assembles the page from this and the parts it asks for):
// a merged-away id resolves to the survivor, as the node loader does.
OPTIONAL MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(target:Node)
MATCH (n:Node {id: coalesce(target.id, $id)})
