// Every relationship as backups and fingerprints read it (src/db/fingerprint.ts): its type, its ends' element ids, its
// properties as read-nodes.cypher encodes them, and each end's identity for the fingerprint: its labels and its `id`,
// or all its properties when it has no id (a merge's snapshots). No ORDER BY: the rows stream.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end,
  [p IN [k IN keys(r) | [k, valueType(r[k]), r[k]]] |
    [p[0], p[1], CASE WHEN p[1] =~ '(LIST<)?(STRING|BOOLEAN|NOTHING)([ >].*)?' THEN p[2]
                      WHEN p[1] STARTS WITH 'LIST<' THEN [x IN p[2] | toString(x)]
                      ELSE toString(p[2]) END]] AS props,
  labels(a) AS startLabels,
  [p IN [k IN keys(a) WHERE a.id IS NULL OR k = 'id' | [k, valueType(a[k]), a[k]]] |
    [p[0], p[1], CASE WHEN p[1] =~ '(LIST<)?(STRING|BOOLEAN|NOTHING)([ >].*)?' THEN p[2]
                      WHEN p[1] STARTS WITH 'LIST<' THEN [x IN p[2] | toString(x)]
                      ELSE toString(p[2]) END]] AS startProps,
  labels(b) AS endLabels,
  [p IN [k IN keys(b) WHERE b.id IS NULL OR k = 'id' | [k, valueType(b[k]), b[k]]] |
    [p[0], p[1], CASE WHEN p[1] =~ '(LIST<)?(STRING|BOOLEAN|NOTHING)([ >].*)?' THEN p[2]
                      WHEN p[1] STARTS WITH 'LIST<' THEN [x IN p[2] | toString(x)]
                      ELSE toString(p[2]) END]] AS endProps
