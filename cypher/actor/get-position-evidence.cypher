// The evidence of positions, each keyed "personId<TAB>organizationId<TAB>title" (see positionKey).
UNWIND $ids AS key
WITH key, split(key, '\t') AS part
MATCH (p:Person {id: part[0]})-[r:HOLDS_POSITION]->(o:Actor {id: part[1]})
WHERE r.title = part[2]
// Each list is read once; src/actor/resolvers.ts pairs them (zipEvidence).
RETURN key, r.evArticles AS articles, r.evSentences AS sentences
