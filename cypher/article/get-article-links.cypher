// What an article mentions and reports, and its related-news stubs; `nodes` carries their properties.
UNWIND $ids AS key
MATCH (a:Article {id: key})
CALL (a) { OPTIONAL MATCH (a)-[:MENTIONS]->(x:Actor) RETURN collect(DISTINCT x) AS mentions }
CALL (a) { OPTIONAL MATCH (a)-[:REPORTS]->(e:Event) RETURN collect(DISTINCT e) AS events }
CALL (a) { OPTIONAL MATCH (a)-[:RELATED_NEWS]->(s:Article) RETURN collect(DISTINCT s) AS related }
RETURN key, [x IN mentions | x.id] AS mentions, [x IN events | x.id] AS events, [x IN related | x.id] AS related,
       [x IN mentions + events + related | NODE_CARD(x)] AS nodes
