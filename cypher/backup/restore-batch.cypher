// A batch of backup lines (src/backup/restore.ts): nodes (labels, key) and relationships (type, start and end keys),
// each with its plain properties (strings, booleans, lists of them) set as they are and its typed ones parsed back
// by the Cypher function of their type (read-nodes.cypher wrote them with toString). Nodes are marked
// :__RestoreInProgress {__restoreKey} until restore-finish.cypher; a relationship whose end is not there writes
// nothing, and `written` falls short of the batch (the caller refuses the file).
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.labels IS NOT NULL
  CREATE (n:$(row.labels + ['__RestoreInProgress']))
  SET n = row.plain, n.__restoreKey = row.key
  RETURN n AS e
UNION ALL
  WITH row WHERE row.type IS NOT NULL
  MATCH (a:__RestoreInProgress {__restoreKey: row.start})
  MATCH (b:__RestoreInProgress {__restoreKey: row.end})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.plain
  RETURN r AS e
}
CALL (e, row) {
  UNWIND row.typed AS t
  SET e[t[0]] = CASE t[1]
    WHEN 'INTEGER' THEN toInteger(t[2])
    WHEN 'FLOAT' THEN toFloat(t[2])
    WHEN 'DATE' THEN date(t[2])
    WHEN 'ZONED DATETIME' THEN datetime(t[2])
    WHEN 'LOCAL DATETIME' THEN localdatetime(t[2])
    WHEN 'ZONED TIME' THEN time(t[2])
    WHEN 'LOCAL TIME' THEN localtime(t[2])
    WHEN 'DURATION' THEN duration(t[2])
    WHEN 'LIST<INTEGER>' THEN [x IN t[2] | toInteger(x)]
    WHEN 'LIST<FLOAT>' THEN [x IN t[2] | toFloat(x)]
    WHEN 'LIST<DATE>' THEN [x IN t[2] | date(x)]
    WHEN 'LIST<ZONED DATETIME>' THEN [x IN t[2] | datetime(x)]
    WHEN 'LIST<LOCAL DATETIME>' THEN [x IN t[2] | localdatetime(x)]
    WHEN 'LIST<ZONED TIME>' THEN [x IN t[2] | time(x)]
    WHEN 'LIST<LOCAL TIME>' THEN [x IN t[2] | localtime(x)]
    WHEN 'LIST<DURATION>' THEN [x IN t[2] | duration(x)]
  END
}
RETURN count(e) AS written
