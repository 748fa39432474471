-- verdict: hazard not-null-without-default
alter table `audit_log` add column `ip` varchar(45) not null;
