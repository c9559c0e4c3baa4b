// Which of a batch of planned article ids are stored already, with the hash of their facts (bulk load).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.factsHash AS factsHash
