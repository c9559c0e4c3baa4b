// Actors merged on their stable id; names seen here become aliases, search terms accumulate. A person's name read
// back from Latin (nameVerified false) gives way to the first Ukrainian spelling an article gives.
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
ON CREATE SET n.kind = a.kind, n.name = a.name, n.nameKey = a.nameKey, n.aliases = [], n.searchTerms = [], n.createdAt = datetime(),
  n.nameVerified = a.nameVerified
SET n:$(a.labels)
WITH n, a, coalesce(n.nameVerified, true) = false AND a.nameVerified AS verifies
SET n.aliases = [x IN n.aliases WHERE NOT (verifies AND x = a.name)]
SET n.name = CASE WHEN verifies THEN a.name ELSE n.name END,
    n.nameKey = CASE WHEN verifies THEN a.nameKey ELSE n.nameKey END,
    n.nameVerified = coalesce(n.nameVerified, true) OR a.nameVerified
SET n.nameEn = coalesce(n.nameEn, a.nameEn), n.oblastHint = coalesce(n.oblastHint, a.oblast)
SET n.latinKey = coalesce(n.latinKey, a.latinKey), n.authorityId = coalesce(n.authorityId, a.authorityId)
SET n.candidates = CASE WHEN size(a.candidates) > 0 THEN a.candidates ELSE n.candidates END
SET n.aliases = n.aliases + [x IN a.aliases + [a.name] WHERE x <> n.name AND NOT x IN n.aliases]
SET n.searchTerms = n.searchTerms + [t IN a.searchTerms WHERE NOT t IN n.searchTerms]
SET n.searchText = reduce(s = '', t IN n.searchTerms | s + ' | ' + t)
RETURN count(n) AS n
