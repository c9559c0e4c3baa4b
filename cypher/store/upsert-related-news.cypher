// Related-news teasers: stub articles linked to the article, never facts of it.
UNWIND $related AS t
MERGE (s:Node:Article {id: t.id})
ON CREATE SET s.title = t.title, s.publishedAt = t.publishedAt, s.teaser = t.teaser, s.lang = $lang, s.stub = true,
              s.searchText = t.searchText
WITH s
MATCH (a:Article {id: $articleId})
MERGE (a)-[:RELATED_NEWS]->(s)
RETURN count(s) AS n
