set lock_timeout = '4s';
alter table contacts add column tier text;
-- Flyway refuses a migration mixing this with transactional statements (mixed=false by default).
-- expect: concurrently-in-transaction
create index concurrently contacts_tier_idx on contacts (tier);
