// A restore that wrote every line unmarks its nodes, $limit at a time (the caller repeats until none is left).
MATCH (n:__RestoreInProgress)
WITH n LIMIT $limit
REMOVE n:__RestoreInProgress, n.__restoreKey
RETURN count(n) AS done
