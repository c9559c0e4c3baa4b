// The actors linked to each actor by one relationship type and direction (funders, implementers, projects, territory).
UNWIND $ids AS key
MATCH (a:Actor {id: key})
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(b:Actor)
  WHERE type(r) = $type AND (($direction = 'out' AND startNode(r) = a) OR ($direction = 'in' AND endNode(r) = a))
  RETURN collect(DISTINCT b) AS linked
}
RETURN key, [b IN linked | b.id] AS ids, [b IN linked | NODE_CARD(b)] AS nodes
