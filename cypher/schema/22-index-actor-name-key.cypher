// The folded canonical name: exact lookups when resolving a name to an existing actor.
CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.nameKey)
