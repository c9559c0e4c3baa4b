// A person's statements page ($statements: skip, limit; newest events first), as statement/list-statements gives it;
// evidence only when the query shows it ($statements.evidence).
CALL (n) {
  CALL (n) {
    WITH n WHERE n:Person
    MATCH (n)-[:SPOKE_AT|CHAIRED]->(e:Event)
    WITH DISTINCT e ORDER BY e.dateMin DESC, e.id
    SKIP toInteger($statements.skip) LIMIT toInteger($statements.limit)
    MATCH (n)-[r:SPOKE_AT|CHAIRED]->(e)
    WITH e, collect(r) AS rels ORDER BY e.dateMin DESC, e.id
    RETURN collect({p: n, e: e, rels: rels}) AS found
  }
  WITH n, found, STATEMENT_ROWS(found, $statements.evidence) AS rows
  RETURN {totalCount: COUNT { MATCH (n)-[:SPOKE_AT|CHAIRED]->(e:Event) RETURN DISTINCT e }, rows: rows} AS statements,
         [x IN found | x.e] AS statementsNodes
}
