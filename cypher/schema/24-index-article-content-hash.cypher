CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)
