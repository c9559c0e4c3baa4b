// The authority entry an actor is (data/authority/): institutions and programmes, whatever node id they were given.
CREATE INDEX actor_authority_id IF NOT EXISTS FOR (n:Actor) ON (n.authorityId)
