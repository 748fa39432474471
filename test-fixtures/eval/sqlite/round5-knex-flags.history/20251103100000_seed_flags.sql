-- verdict: safe
update `feature_flags` set `rollout` = 50 where `name` = 'new-checkout';
-- verdict: safe
insert into `feature_flags` (`name`, `enabled`) values ('dark-mode', 0);
