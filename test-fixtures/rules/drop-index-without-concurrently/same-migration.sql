-- fixture: --select drop-index-without-concurrently
-- An index built earlier in the same migration and dropped again is not on a live table yet.
CREATE TABLE audit_log (id bigserial PRIMARY KEY, actor text, created_at timestamptz);
CREATE INDEX audit_log_actor_idx ON audit_log (actor);
DROP INDEX audit_log_actor_idx;
