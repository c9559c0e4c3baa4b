// Persons whose spellings fold to one Latin key (src/authority/latin-key.ts): one name in two scripts or two
// romanisations, kept apart because it matched several persons or came before the key was recorded.
MATCH (a:Person), (b:Person)
WHERE a.latinKey IS NOT NULL AND a.latinKey = b.latinKey AND a.id < b.id AND NOT (a)-[:DISTINCT_FROM]-(b)
RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName, a.latinKey AS latinKey,
  coalesce(a.nameVerified, true) AS aVerified, coalesce(b.nameVerified, true) AS bVerified
ORDER BY a.id, b.id
LIMIT toInteger($limit)
