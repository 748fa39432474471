-- verdict: safe
create index `users_created_at_index` on `users` (`created_at`);
-- verdict: safe
alter table `users` alter column `name` set default 'anonymous';
