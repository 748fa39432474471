-- verdict: hazard null-to-not-null
alter table `users` modify `name` varchar(255) not null;
