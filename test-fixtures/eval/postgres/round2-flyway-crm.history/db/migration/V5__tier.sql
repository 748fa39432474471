-- verdict: safe
set lock_timeout = '4s';
-- verdict: safe
alter table contacts add column tier text;
-- Mixed transactional and non-transactional statements: Flyway refuses the migration (mixed=false).
-- verdict: hazard concurrently-in-transaction
create index concurrently contacts_tier_idx on contacts (tier);
