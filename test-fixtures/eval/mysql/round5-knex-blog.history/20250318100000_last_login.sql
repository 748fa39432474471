-- verdict: safe
alter table `users` add `last_login_at` datetime null;
