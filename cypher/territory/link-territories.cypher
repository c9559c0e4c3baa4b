// hromada -> raion -> oblast, as the codifier nests them.
UNWIND $links AS l
MATCH (child:Actor {id: l.childId})
MATCH (parent:Actor {id: l.parentId})
MERGE (child)-[r:LOCATED_IN {key: ''}]->(parent)
ON CREATE SET r.provenance = 'katottg', r.evArticles = [], r.evSentences = []
RETURN count(r) AS n
