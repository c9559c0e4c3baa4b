// Hromadas read from articles that are not yet their KATOTTG node, with the KATOTTG hromadas of the same name.
MATCH (h:Hromada) WHERE h.katottg IS NULL
MATCH (k:Hromada {nameKey: h.nameKey}) WHERE k.katottg IS NOT NULL
OPTIONAL MATCH (k)-[:LOCATED_IN*1..2]->(o:Oblast)
RETURN h.id AS id, h.name AS name, h.oblastHint AS oblast, collect({id: k.id, oblastKey: o.nameKey}) AS candidates
