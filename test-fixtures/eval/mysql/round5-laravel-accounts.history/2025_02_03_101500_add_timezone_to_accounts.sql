-- verdict: safe
alter table `accounts` add `timezone` varchar(64) null after `email`;
