// Actors and events that nothing links to any more (no article mentions them, no fact names them) are removed, so a
// fact retracted by a rewritten article leaves no ghost behind. A merged-away id or a KATOTTG link keeps a node.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE (n:Actor OR n:Event) AND NOT EXISTS { (n)--() }
DETACH DELETE n
RETURN count(*) AS removed
