// Related actors of one actor (the widget): the project's ranking, for one id, one round trip.
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[:SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED]->(e:Event)<-[:SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED]-(b:Actor)
  WHERE b <> a
  RETURN b, count(DISTINCT e) AS events, 0 AS articles, 0 AS direct
  UNION ALL
  MATCH (a)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(b:Actor)
  WHERE b <> a
  RETURN b, 0 AS events, count(DISTINCT art) AS articles, 0 AS direct
  UNION ALL
  MATCH (a)-[:HOLDS_POSITION|FUNDS|IMPLEMENTS|LOCATED_IN]-(b:Actor)
  RETURN b, 0 AS events, 0 AS articles, count(*) AS direct
}
WITH b, sum(events) AS sharedEvents, sum(articles) AS sharedArticles, sum(direct) AS direct
WITH b, sharedEvents, sharedArticles, 2.0 * sharedEvents + 1.0 * sharedArticles + 3.0 * direct AS score
ORDER BY score DESC, b.id
LIMIT $first
RETURN {actorId: b.id, name: b.name, kind: b.kind, score: score, sharedEvents: sharedEvents, sharedArticles: sharedArticles} AS row
