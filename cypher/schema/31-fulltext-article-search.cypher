// Titles and bodies; searchText is their folded form, so any apostrophe and case match.
CREATE FULLTEXT INDEX article_search IF NOT EXISTS
FOR (n:Article) ON EACH [n.searchText, n.title, n.body]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
