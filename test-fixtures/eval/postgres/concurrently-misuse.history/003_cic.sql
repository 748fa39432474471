-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS page_views_visitor_idx ON page_views (visitor);
