// What an article mentions and reports, and its related-news stubs.
UNWIND $ids AS key
MATCH (a:Article {id: key})
CALL (a) { OPTIONAL MATCH (a)-[:MENTIONS]->(x:Actor) RETURN collect(DISTINCT x.id) AS mentions }
CALL (a) { OPTIONAL MATCH (a)-[:REPORTS]->(e:Event) RETURN collect(DISTINCT e.id) AS events }
CALL (a) { OPTIONAL MATCH (a)-[:RELATED_NEWS]->(s:Article) RETURN collect(DISTINCT s.id) AS related }
RETURN key, mentions, events, related
