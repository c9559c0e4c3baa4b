CREATE INDEX event_date_min IF NOT EXISTS FOR (n:Event) ON (n.dateMin)
