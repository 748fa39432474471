-- verdict: safe
alter table `tickets` add `assignee_id` bigint unsigned null after `user_id`;
-- verdict: safe
alter table `tickets` add `channel` varchar(20) not null default 'email';
-- verdict: hazard not-null-without-default
alter table `tickets` add `team` varchar(40) not null;
-- verdict: safe
alter table `tickets` add index `tickets_assignee_id_index`(`assignee_id`);
-- verdict: safe
alter table `tickets` alter `priority` set default 1;
