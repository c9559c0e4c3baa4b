// Facts as relationships; each keeps parallel lists of the articles and sentences it was read from.
UNWIND $relations AS r
MATCH (a:Node {id: r.fromId})
MATCH (b:Node {id: r.toId})
MERGE (a)-[x:$(r.type) {key: r.key}]->(b)
ON CREATE SET x.provenance = $provenance, x.extractor = $extractor, x.evArticles = [], x.evSentences = [], x.createdAt = datetime()
WITH x, r, size([i IN range(0, size(x.evArticles) - 1) WHERE x.evArticles[i] = $articleId AND x.evSentences[i] = r.sentence]) = 0 AS fresh
SET x.evArticles = CASE WHEN fresh THEN x.evArticles + $articleId ELSE x.evArticles END,
    x.evSentences = CASE WHEN fresh THEN x.evSentences + r.sentence ELSE x.evSentences END,
    x.quote = coalesce(x.quote, r.quote),
    // A fact read by several rules or articles is as sure as the surest of them.
    x.confidence = CASE WHEN x.confidence IS NULL OR r.confidence > x.confidence THEN r.confidence ELSE x.confidence END,
    x.title = CASE WHEN r.type = 'HOLDS_POSITION' THEN r.key ELSE null END
RETURN count(x) AS total, sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS added
