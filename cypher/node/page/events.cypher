// An actor's events page ($events: skip, limit), as event/list-events gives it. Hub persons are in thousands of
// events: the page is a top-N sort and the count a COUNT subquery, instead of collecting and sorting every event to
// show 20 (at 100k: 18 ms of Neo4j CPU a profile).
CALL (n) {
  CALL (n) {
    WITH n WHERE n:Actor
    MATCH (n)-[:SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED]->(e:Event)
    WITH DISTINCT e ORDER BY e.dateMin DESC, e.id
    SKIP toInteger($events.skip) LIMIT toInteger($events.limit)
    RETURN collect(e) AS found
  }
  RETURN {totalCount: COUNT { MATCH (n)-[:SPOKE_AT|CHAIRED|PARTICIPATED_IN|ORGANISED]->(e:Event) RETURN DISTINCT e }, ids: [e IN found | e.id]} AS events,
         found AS eventsNodes
}
