// The facts of many new articles in one statement (bulk load). Each row is one relationship with the evidence of
// every article of the batch that states it, so a relationship's evidence lists are rewritten once per batch, not
// once per citing article: at 100k articles a hub fact cited hundreds of times per batch rewrote a list of thousands
// each time, and the load slowed batch after batch. The articles are new (write-batch.ts checks), so none of their
// evidence can be on the relationship already.
// Each node is sought once ($nodeIds); rows name their ends by position in that list (byPosition in write-batch.ts;
// the driver sends numbers as floats, hence toInteger).
NODES_BY_POSITION(nodes)
UNWIND $relations AS r
WITH r, nodes[toInteger(r.from)][0] AS a, nodes[toInteger(r.to)][0] AS b
WHERE a IS NOT NULL AND b IS NOT NULL
MERGE (a)-[x:$(r.type) {key: r.key}]->(b)
ON CREATE SET x.provenance = $provenance, x.extractor = $extractor, x.evArticles = [], x.evSentences = [], x.createdAt = datetime()
SET x.evArticles = x.evArticles + r.articleIds,
    x.evSentences = x.evSentences + r.sentences,
    x.quote = coalesce(x.quote, r.quote),
    x.title = CASE WHEN r.type = 'HOLDS_POSITION' THEN r.key ELSE null END
RETURN count(x) AS total, sum(size(r.articleIds)) AS added
