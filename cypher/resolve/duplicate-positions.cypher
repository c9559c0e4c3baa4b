// Two persons holding the same title at the same body whose surnames fold alike and whose given names start alike
// (Олег / Oleh read back as "Олех"): likely one person read twice. Іванна and Олег Вовк are two people.
MATCH (a:Person)-[ra:HOLDS_POSITION]->(o:Actor)<-[rb:HOLDS_POSITION]-(b:Person)
WHERE a.id < b.id AND ra.key = rb.key AND NOT (a)-[:DISTINCT_FROM]-(b)
  AND last(split(a.nameKey, ' ')) = last(split(b.nameKey, ' ')) AND left(a.nameKey, 1) = left(b.nameKey, 1)
RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName, o.id AS org, o.name AS orgName, ra.key AS title
ORDER BY a.id, b.id
LIMIT toInteger($limit)
