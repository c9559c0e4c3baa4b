// searchText holds the folded name, aliases, inflected forms and KMU-2010 Latin forms of an actor.
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS
FOR (n:Actor) ON EACH [n.searchText, n.name, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
