// The two actors of a merge, each id followed through merged-away ids, with what the merge needs to check.
UNWIND $ids AS key
OPTIONAL MATCH (:MergedId {id: key})-[:MERGED_INTO]->(target:Actor)
OPTIONAL MATCH (n:Actor {id: coalesce(target.id, key)})
RETURN key, n.id AS id, n.kind AS kind, n.name AS name, COUNT { (n)--() } AS relationships
