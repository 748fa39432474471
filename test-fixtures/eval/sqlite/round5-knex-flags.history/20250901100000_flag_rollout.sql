-- verdict: safe
alter table `feature_flags` add column `rollout` integer not null default 100;
-- verdict: hazard unique-column-add
alter table `feature_flags` add column `owner` varchar(255) unique;
