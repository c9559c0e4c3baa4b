UNWIND $reforms AS r
MERGE (n:Node:Reform {id: r.id})
ON CREATE SET n.name = r.name
SET n.nameEn = coalesce(n.nameEn, r.nameEn)
RETURN count(n) AS n
