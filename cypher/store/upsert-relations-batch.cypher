// The facts of many new articles in one statement (bulk load). Each row is one relationship with the evidence of
// every article of the batch that states it, so a relationship's evidence lists are rewritten once per batch, not
// once per citing article: at 100k articles a hub fact cited hundreds of times per batch rewrote a list of thousands
// each time, and the load slowed batch after batch. The articles are new (write-batch.ts checks), so none of their
// evidence can be on the relationship already.
UNWIND $relations AS r
MATCH (a:Node {id: r.fromId})
MATCH (b:Node {id: r.toId})
MERGE (a)-[x:$(r.type) {key: r.key}]->(b)
ON CREATE SET x.provenance = $provenance, x.extractor = $extractor, x.evArticles = [], x.evSentences = [], x.createdAt = datetime()
SET x.evArticles = x.evArticles + r.articleIds,
    x.evSentences = x.evSentences + r.sentences,
    x.quote = coalesce(x.quote, r.quote),
    x.title = CASE WHEN r.type = 'HOLDS_POSITION' THEN r.key ELSE null END
RETURN count(x) AS total, sum(size(r.articleIds)) AS added
