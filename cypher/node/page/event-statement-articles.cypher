// The articles of an event's statements' evidence (when the query shows evidence), as statement/list-statements
// carries them in its nodes.
CALL (eventStatements) {
  UNWIND eventStatements.rows AS row
  MATCH (art:Article {id: row.evidence.articleId})
  RETURN collect(DISTINCT art) AS eventStatementArticlesNodes
}
