-- verdict: hazard rename-column
alter table `feature_flags` rename column `key` to `name`;
