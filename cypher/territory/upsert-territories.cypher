// KATOTTG units as actors keyed by their code; re-running the import changes nothing.
UNWIND $rows AS t
MERGE (n:Actor {id: t.id})
ON CREATE SET n.aliases = [], n.searchTerms = [], n.createdAt = datetime()
SET n:$(t.labels)
SET n.kind = t.kind, n.name = t.name, n.nameKey = t.nameKey, n.katottg = t.code, n.provenance = 'katottg'
SET n.searchTerms = n.searchTerms + [x IN t.searchTerms WHERE NOT x IN n.searchTerms]
SET n.searchText = reduce(s = '', x IN n.searchTerms | s + ' | ' + x)
RETURN count(n) AS n
