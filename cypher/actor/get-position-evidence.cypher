// The evidence of positions, each keyed "personId<TAB>organizationId<TAB>title" (see positionKey).
UNWIND $ids AS key
WITH key, split(key, '\t') AS part
MATCH (p:Person {id: part[0]})-[r:HOLDS_POSITION]->(o:Actor {id: part[1]})
WHERE r.title = part[2]
RETURN key, [i IN range(0, size(r.evArticles) - 1) | {articleId: r.evArticles[i], sentence: r.evSentences[i]}] AS evidence
