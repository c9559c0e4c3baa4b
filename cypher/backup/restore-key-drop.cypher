// The restore's temporary constraint (restore-key-create.cypher), dropped once the nodes are unmarked or removed.
DROP CONSTRAINT restore_in_progress_key IF EXISTS
