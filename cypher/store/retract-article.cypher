// Before an article is written again, its evidence is taken off every fact; facts left with none are removed.
MATCH (art:Article {id: $articleId})-[]->(x)
WITH DISTINCT x
MATCH (x)-[r]-()
WHERE $articleId IN r.evArticles
WITH DISTINCT r
WITH r, [i IN range(0, size(r.evArticles) - 1) WHERE r.evArticles[i] <> $articleId] AS keep
SET r.evSentences = [i IN keep | r.evSentences[i]], r.evArticles = [i IN keep | r.evArticles[i]]
WITH r WHERE size(r.evArticles) = 0
DELETE r
RETURN count(*) AS removed
