// Events filtered by reform, actor and dates, newest first; one key per page request.
// The match starts from the actor or the reform when given (an index seek), not from every event of the graph;
// the actor branch implies the actor filter (re-checking it per event expanded a hub's every relationship).
UNWIND $keys AS k
CALL (k) {
  CALL (k) {
    WITH k WHERE k.actor IS NOT NULL
    MATCH (:Actor {id: k.actor})-[:SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED]->(e:Event)
    RETURN DISTINCT e
    UNION ALL
    WITH k WHERE k.actor IS NULL AND k.reform IS NOT NULL
    MATCH (:Reform {id: k.reform})<-[:ABOUT]-(e:Event)
    RETURN DISTINCT e
    UNION ALL
    // UNWIND of an empty list, not WHERE: the planner scans first and filters on k after (64k events per call).
    UNWIND CASE WHEN k.actor IS NULL AND k.reform IS NULL THEN [1] ELSE [] END AS unfiltered
    MATCH (e:Event)
    RETURN e
  }
  WITH e
  WHERE (k.reform IS NULL OR EXISTS { (e)-[:ABOUT]->(:Reform {id: k.reform}) })
    AND (k.from IS NULL OR e.dateMax >= k.from)
    AND (k.to IS NULL OR e.dateMin <= k.to)
  RETURN e ORDER BY e.dateMin DESC, e.id
}
WITH k, collect(e) AS found
WITH k, size(found) AS totalCount, found[k.skip..k.skip + k.limit] AS page
RETURN k.key AS key, totalCount, [e IN page | e.id] AS ids, [e IN page | NODE_CARD(e)] AS nodes
