MATCH (a:Article) WHERE NOT coalesce(a.stub, false) RETURN count(a) AS n
