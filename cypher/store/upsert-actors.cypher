// Actors merged on their stable id; names seen here become aliases, search terms accumulate.
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
ON CREATE SET n.kind = a.kind, n.name = a.name, n.nameKey = a.nameKey, n.aliases = [], n.searchTerms = [], n.createdAt = datetime()
SET n:$(a.labels)
SET n.nameEn = coalesce(n.nameEn, a.nameEn), n.oblastHint = coalesce(n.oblastHint, a.oblast)
SET n.aliases = n.aliases + [x IN a.aliases + [a.name] WHERE x <> n.name AND NOT x IN n.aliases]
SET n.searchTerms = n.searchTerms + [t IN a.searchTerms WHERE NOT t IN n.searchTerms]
SET n.searchText = reduce(s = '', t IN n.searchTerms | s + ' | ' + t)
RETURN count(n) AS n
