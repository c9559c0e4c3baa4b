// The facts of many new articles in one statement (bulk load). Each row is one relationship with the evidence of
// every article of the batch that states it, so a relationship's evidence lists are rewritten once per batch, not
// once per citing article: at 100k articles a hub fact cited hundreds of times per batch rewrote a list of thousands
// each time, and the load slowed batch after batch. The articles are new (write-batch.ts checks), so none of their
// evidence can be on the relationship already.
// Rows are [type, key, from, to, evidence, quote, confidence] (packRelations in write-batch.ts): ends are positions in $nodeIds,
// each node sought once; evidence items are positions in $sentences, whose articles are positions in $articleIds
// ($sentenceArticles). The driver sends numbers as floats, hence toInteger.
NODES_BY_POSITION(nodes)
UNWIND $rows AS r
WITH r, nodes[toInteger(r[2])][0] AS a, nodes[toInteger(r[3])][0] AS b
WHERE a IS NOT NULL AND b IS NOT NULL
MERGE (a)-[x:$(r[0]) {key: r[1]}]->(b)
ON CREATE SET x.provenance = $provenance, x.extractor = $extractor, x.evArticles = [], x.evSentences = [], x.createdAt = datetime()
SET x.evArticles = x.evArticles + [e IN r[4] | $articleIds[toInteger($sentenceArticles[toInteger(e)])]],
    x.evSentences = x.evSentences + [e IN r[4] | $sentences[toInteger(e)]],
    x.quote = coalesce(x.quote, r[5]),
    // A fact read by several rules is as sure as the surest of them.
    x.confidence = CASE WHEN x.confidence IS NULL OR r[6] > x.confidence THEN r[6] ELSE x.confidence END,
    x.title = CASE WHEN r[0] = 'HOLDS_POSITION' THEN r[1] ELSE null END
RETURN count(x) AS total, sum(size(r[4])) AS added
