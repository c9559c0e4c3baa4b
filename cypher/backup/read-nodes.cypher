// Every node as backups and fingerprints read it (src/db/fingerprint.ts): its element id (the backup file's name for
// it), its labels, and each property as [key, Cypher type, value]. Strings and booleans (and lists of them) are kept as
// they are; every other type goes as Cypher's own toString of it (of each element, for a list), which the matching
// Cypher function parses back to the same value (restore-batch.cypher). No ORDER BY: the rows stream.
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels,
  [p IN [k IN keys(n) | [k, valueType(n[k]), n[k]]] |
    [p[0], p[1], CASE WHEN p[1] =~ '(LIST<)?(STRING|BOOLEAN|NOTHING)([ >].*)?' THEN p[2]
                      WHEN p[1] STARTS WITH 'LIST<' THEN [x IN p[2] | toString(x)]
                      ELSE toString(p[2]) END]] AS props
