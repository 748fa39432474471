-- verdict: safe
BEGIN;
-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: safe
CREATE TABLE app.order_tags (order_id bigint NOT NULL, tag text NOT NULL);
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY order_tags_tag_idx ON app.order_tags (tag);
-- verdict: safe
COMMIT;
