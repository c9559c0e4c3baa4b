// The articles of a person's statements' evidence (when the query shows evidence), as statement/list-statements
// carries them in its nodes.
CALL (statements) {
  UNWIND statements.rows AS row
  MATCH (art:Article {id: row.evidence.articleId})
  RETURN collect(DISTINCT art) AS statementArticlesNodes
}
