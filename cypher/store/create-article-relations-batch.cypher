// The facts a batch's new articles state about what they name (MENTIONS, REPORTS, ABOUT from the article): the
// article node was created in this transaction, so none of these relationships can exist, and CREATE spares the
// check MERGE makes for each (an expansion of the relationships between the two nodes, whatever their type).
// Same properties as upsert-relations-batch. Each node is sought once ($nodeIds); rows name their ends by
// position in that list (byPosition in write-batch.ts; the driver sends numbers as floats, hence toInteger).
NODES_BY_POSITION(nodes)
UNWIND $relations AS r
WITH r, nodes[toInteger(r.from)][0] AS a, nodes[toInteger(r.to)][0] AS b
WHERE a:Article AND b IS NOT NULL
CREATE (a)-[x:$(r.type)]->(b)
SET x.key = r.key, x.provenance = $provenance, x.extractor = $extractor, x.evArticles = r.articleIds,
    x.evSentences = r.sentences, x.quote = r.quote, x.createdAt = datetime()
RETURN count(x) AS total, sum(size(r.articleIds)) AS added
