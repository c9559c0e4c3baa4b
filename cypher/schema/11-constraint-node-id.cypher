// Every node (actor, event, article, reform) carries :Node, so one index finds any id.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE
