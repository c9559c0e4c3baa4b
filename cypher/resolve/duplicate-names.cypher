// Actors of one broad kind (persons with persons, other actors among themselves) that share a searchable name form:
// a folded canonical, seen, Latin or inflected form. Forms that many actors share ("рада", a bare surname) say
// nothing and are skipped ($maxShare), as are single words ("дніпропетровської" is an oblast's and its
// administration's); pairs a person marked as distinct are left out.
MATCH (n:Actor)
UNWIND n.searchTerms AS term
WITH term, collect(n) AS actors
WHERE size(actors) > 1 AND size(actors) <= $maxShare AND size(term) >= $minLength AND size(split(term, ' ')) >= 2
UNWIND actors AS a
UNWIND actors AS b
WITH term, a, b
WHERE a.id < b.id AND (a:Person) = (b:Person)
  AND NOT (a)-[:DISTINCT_FROM]-(b)
  // Nodes kept apart because their name fits several institutions are listed once each, with their candidates.
  AND (coalesce(size(a.candidates), 0) = 0 OR coalesce(size(b.candidates), 0) = 0)
  AND NOT (coalesce(size(a.candidates), 0) > 0 AND b.authorityId IN a.candidates)
  AND NOT (coalesce(size(b.candidates), 0) > 0 AND a.authorityId IN b.candidates)
  AND (a.kind = b.kind OR (a.kind <> 'HROMADA' AND b.kind <> 'HROMADA'))
WITH a, b, collect(term) AS shared
RETURN a.id AS a, a.name AS aName, a.kind AS aKind, b.id AS b, b.name AS bName, b.kind AS bKind, shared
ORDER BY size(shared) DESC, a.id, b.id
LIMIT toInteger($limit)
