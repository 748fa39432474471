-- verdict: hazard fk-copy
alter table `replies` add constraint `replies_ticket_id_foreign` foreign key (`ticket_id`) references `tickets` (`id`) on delete cascade;
-- verdict: safe
alter table `tickets` rename index `tickets_assignee_id_index` to `tickets_assignee_index`;
