-- verdict: safe
alter table `tickets` modify `subject` varchar(60) not null;
-- verdict: hazard table-copy
alter table `tickets` modify `subject` varchar(150) not null;
-- verdict: safe
alter table `users` modify `name` varchar(500) not null;
-- verdict: hazard table-copy
alter table `tickets` modify `legacy_ref` varchar(40) null;
