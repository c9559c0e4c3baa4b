MATCH (r:Reform) RETURN r.id AS id, r.name AS name, r.nameEn AS nameEn ORDER BY r.name
