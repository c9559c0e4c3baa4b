// The facts of many articles in one statement (bulk load): upsert-relations with the article id on each row.
UNWIND $relations AS r
MATCH (a:Node {id: r.fromId})
MATCH (b:Node {id: r.toId})
MERGE (a)-[x:$(r.type) {key: r.key}]->(b)
ON CREATE SET x.provenance = $provenance, x.extractor = $extractor, x.evArticles = [], x.evSentences = [], x.createdAt = datetime()
WITH x, r, size([i IN range(0, size(x.evArticles) - 1) WHERE x.evArticles[i] = r.articleId AND x.evSentences[i] = r.sentence]) = 0 AS fresh
SET x.evArticles = CASE WHEN fresh THEN x.evArticles + r.articleId ELSE x.evArticles END,
    x.evSentences = CASE WHEN fresh THEN x.evSentences + r.sentence ELSE x.evSentences END,
    x.quote = coalesce(x.quote, r.quote),
    x.title = CASE WHEN r.type = 'HOLDS_POSITION' THEN r.key ELSE null END
RETURN count(x) AS total, sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS added
