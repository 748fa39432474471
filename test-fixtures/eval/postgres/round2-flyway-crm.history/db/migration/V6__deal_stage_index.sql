-- flyway:executeInTransaction=false
-- verdict: safe
set lock_timeout = '4s';
-- verdict: safe
create index concurrently deals_open_stage_idx on deals (stage) where closed_at is null;
-- verdict: safe
create index concurrently deals_contact_stage_idx on deals (contact_id, stage);
-- verdict: safe
drop index concurrently if exists deals_contact_id_idx;
