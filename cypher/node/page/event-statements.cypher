// An event's statements page ($eventStatements: skip, limit; by speaker id), as statement/list-statements gives it;
// evidence only when the query shows it ($eventStatements.evidence).
CALL (n) {
  CALL (n) {
    WITH n WHERE n:Event
    MATCH (p:Person)-[r:SPOKE_AT|CHAIRED]->(n)
    WITH p, collect(r) AS rels ORDER BY p.id
    RETURN collect({p: p, e: n, rels: rels}) AS listed
  }
  WITH listed[toInteger($eventStatements.skip)..toInteger($eventStatements.skip) + toInteger($eventStatements.limit)] AS found, size(listed) AS total
  WITH found, total, STATEMENT_ROWS(found, $eventStatements.evidence) AS rows
  RETURN {totalCount: total, rows: rows} AS eventStatements,
         [x IN found | x.p] AS eventStatementsNodes
}
