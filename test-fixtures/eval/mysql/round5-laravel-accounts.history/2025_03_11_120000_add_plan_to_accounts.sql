-- verdict: hazard not-null-without-default
alter table `accounts` add `plan` varchar(20) not null;
