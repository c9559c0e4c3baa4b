// Actors ranked by what they share with each given actor: events (2), articles (1), direct fact links (3).
// A merged-away id is followed to the survivor; an id that is no actor returns no row.
UNWIND $keys AS k
OPTIONAL MATCH (:MergedId {id: k.id})-[:MERGED_INTO]->(target:Node)
MATCH (a:Actor {id: coalesce(target.id, k.id)})
// OPTIONAL: an actor that shares nothing with anyone is still an actor, with no related ones (not "no such id").
OPTIONAL CALL (a) {
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
WITH k, b, sum(events) AS sharedEvents, sum(articles) AS sharedArticles, sum(direct) AS direct
WITH k, b, sharedEvents, sharedArticles, 2.0 * sharedEvents + 1.0 * sharedArticles + 3.0 * direct AS score
ORDER BY score DESC, b.id
WITH k, collect(CASE WHEN b IS NOT NULL THEN {b: b, score: score, sharedEvents: sharedEvents, sharedArticles: sharedArticles} END)[..k.limit] AS top
RETURN k.key AS key, [x IN top | {actorId: x.b.id, score: x.score, sharedEvents: x.sharedEvents, sharedArticles: x.sharedArticles}] AS rows,
       [b IN [x IN top | x.b] | NODE_CARD(b)] AS nodes
