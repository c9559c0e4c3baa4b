// What the graph holds before a restore (which writes into an empty graph only), and how much of it an interrupted
// restore left (nodes still marked :__RestoreInProgress).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n:__RestoreInProgress) RETURN count(n) AS restoring }
RETURN nodes, relationships, restoring
