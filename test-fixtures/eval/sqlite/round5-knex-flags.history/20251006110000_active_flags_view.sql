-- verdict: safe
create view `active_flags` as select `id`, `name`, `rollout` from `feature_flags` where `enabled` = 1;
-- verdict: safe
create trigger `feature_flags_audit` after update on `feature_flags` begin insert into `audit_log` (`action`) values ('flag.update:' || new.`name`); end;
