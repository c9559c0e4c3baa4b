CREATE INDEX actor_katottg IF NOT EXISTS FOR (n:Actor) ON (n.katottg)
