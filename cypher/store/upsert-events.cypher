UNWIND $events AS e
MERGE (n:Node:Event {id: e.id})
ON CREATE SET n.name = e.name, n.createdAt = datetime()
SET n.kind = coalesce(n.kind, e.kind), n.startDate = coalesce(n.startDate, e.startDate),
    n.endDate = coalesce(n.endDate, e.endDate), n.location = coalesce(n.location, e.location),
    n.dateMin = coalesce(n.dateMin, e.dateMin), n.dateMax = coalesce(n.dateMax, e.dateMax),
    n.searchText = e.searchText
RETURN count(n) AS n
