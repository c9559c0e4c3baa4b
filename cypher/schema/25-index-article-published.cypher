CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)
