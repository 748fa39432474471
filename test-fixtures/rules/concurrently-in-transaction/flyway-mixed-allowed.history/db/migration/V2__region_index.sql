-- flyway.mixed=true: the migration runs without a transaction, each statement on its own.
set lock_timeout = '4s';
create index concurrently contacts_region_idx on contacts (region);
