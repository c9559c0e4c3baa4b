// The nodes an article links to (what it mentions and reports, and the facts' endpoints), before it is rewritten.
MATCH (:Article {id: $articleId})-->(x:Node)
RETURN collect(DISTINCT x.id) AS ids
