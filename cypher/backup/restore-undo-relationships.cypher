// A failed or interrupted restore's relationships go first, $limit at a time (the caller repeats until none is left):
// a batch of nodes with all their relationships at once can exceed Neo4j's transaction memory at a hub.
MATCH (:__RestoreInProgress)-[r]->()
WITH r LIMIT $limit
DELETE r
RETURN count(r) AS done
