CREATE FULLTEXT INDEX event_search IF NOT EXISTS
FOR (n:Event) ON EACH [n.searchText, n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
