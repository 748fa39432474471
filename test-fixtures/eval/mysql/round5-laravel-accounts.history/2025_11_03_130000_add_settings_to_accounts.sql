-- verdict: safe
alter table `accounts` add `settings` json null;
-- verdict: safe
alter table `accounts` alter column `timezone` set default 'UTC';
