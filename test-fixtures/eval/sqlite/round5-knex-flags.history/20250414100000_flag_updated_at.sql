-- verdict: hazard non-constant-default
alter table `feature_flags` add column `updated_at` datetime default CURRENT_TIMESTAMP;
