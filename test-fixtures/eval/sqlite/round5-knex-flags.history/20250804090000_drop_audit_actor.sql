-- verdict: hazard data-loss
alter table `audit_log` drop column `actor`;
