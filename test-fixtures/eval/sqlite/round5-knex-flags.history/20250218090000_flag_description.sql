-- verdict: safe
alter table `feature_flags` add column `description` text;
