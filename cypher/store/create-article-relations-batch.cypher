// The facts a batch's new articles state about what they name (MENTIONS, REPORTS, ABOUT from the article): the
// article node was created in this transaction, so none of these relationships can exist, and CREATE spares the
// check MERGE makes for each (an expansion of the relationships between the two nodes, whatever their type).
// Same properties as upsert-relations-batch. Rows are [type, key, from, to, evidence, quote, confidence] (packRelations in
// write-batch.ts): ends are positions in $nodeIds, each node sought once; evidence items are positions in
// $sentences, whose articles are positions in $articleIds ($sentenceArticles). The driver sends numbers as floats,
// hence toInteger.
NODES_BY_POSITION(nodes)
UNWIND $rows AS r
WITH r, nodes[toInteger(r[2])][0] AS a, nodes[toInteger(r[3])][0] AS b
WHERE a:Article AND b IS NOT NULL
CREATE (a)-[x:$(r[0])]->(b)
SET x.key = r[1], x.provenance = $provenance, x.extractor = $extractor,
    x.evArticles = [e IN r[4] | $articleIds[toInteger($sentenceArticles[toInteger(e)])]],
    x.evSentences = [e IN r[4] | $sentences[toInteger(e)]], x.quote = r[5], x.confidence = r[6], x.createdAt = datetime()
RETURN count(x) AS total, sum(size(r[4])) AS added
