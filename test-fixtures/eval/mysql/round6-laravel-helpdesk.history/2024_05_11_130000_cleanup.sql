-- verdict: hazard data-loss
alter table `tickets` drop `legacy_ref`;
-- verdict: hazard data-loss
delete from `audit_log`;
-- verdict: safe
alter table `tickets` drop index `tickets_assignee_index`;
-- verdict: hazard rename
alter table `replies` rename column `internal` to `is_internal`;
-- verdict: safe
alter table `users` alter `phone` drop default;
-- verdict: hazard rename
rename table `audit_log` to `activity_log`;
