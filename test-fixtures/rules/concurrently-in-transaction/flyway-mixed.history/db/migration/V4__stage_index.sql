-- flyway:executeInTransaction=false
-- With the script configuration set, Flyway does not check for mixing: each statement runs on its own.
set lock_timeout = '4s';
create index concurrently contacts_email_lower_idx on contacts (lower(email));
drop index concurrently if exists contacts_email_idx;
