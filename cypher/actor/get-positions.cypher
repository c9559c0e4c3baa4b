// Positions of persons (side = 'person') or at organisations (side = 'organization'), with their evidence.
UNWIND $ids AS key
MATCH (a:Actor {id: key})
CALL (a) {
  MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Actor)
  WHERE (($side = 'person' AND p = a) OR ($side = 'organization' AND o = a))
  RETURN p.id AS personId, o.id AS organizationId, r.title AS title, r.from AS from, r.to AS to,
         [i IN range(0, size(r.evArticles) - 1) | {articleId: r.evArticles[i], sentence: r.evSentences[i]}] AS evidence
  ORDER BY title, organizationId, personId
}
RETURN key, collect({personId: personId, organizationId: organizationId, title: title, from: from, to: to, evidence: evidence}) AS rows
