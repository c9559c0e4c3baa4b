// A person's Latin key (src/authority/latin-key.ts): the spellings of one name in any romanisation and in Cyrillic meet.
CREATE INDEX person_latin_key IF NOT EXISTS FOR (n:Person) ON (n.latinKey)
