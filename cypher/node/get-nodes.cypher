// Nodes by id, following merged-away ids to the surviving node. Large text properties are left out.
UNWIND $ids AS key
OPTIONAL MATCH (:MergedId {id: key})-[:MERGED_INTO]->(target:Node)
MATCH (n:Node {id: coalesce(target.id, key)})
RETURN key, labels(n) AS labels,
       n {.id, .kind, .name, .nameEn, .aliases, .katottg, .startDate, .endDate, .location, .url, .title, .publishedAt, .source, .lang, eventKind: n.kind} AS props
