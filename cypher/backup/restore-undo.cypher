// Then a failed or interrupted restore's nodes, $limit at a time (the caller repeats until none is left), with any
// relationship still on them: the graph is empty again, as it was before.
MATCH (n:__RestoreInProgress)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(n) AS done
