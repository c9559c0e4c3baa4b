// The facts a batch's new articles state about what they name (MENTIONS, REPORTS, ABOUT from the article): the
// article node was created in this transaction, so none of these relationships can exist, and CREATE spares the
// check MERGE makes for each (an expansion of the relationships between the two nodes, whatever their type).
// Same properties as upsert-relations-batch.
UNWIND $relations AS r
MATCH (a:Article {id: r.fromId})
MATCH (b:Node {id: r.toId})
CREATE (a)-[x:$(r.type)]->(b)
SET x.key = r.key, x.provenance = $provenance, x.extractor = $extractor, x.evArticles = r.articleIds,
    x.evSentences = r.sentences, x.quote = r.quote, x.createdAt = datetime()
RETURN count(x) AS total, sum(size(r.articleIds)) AS added
