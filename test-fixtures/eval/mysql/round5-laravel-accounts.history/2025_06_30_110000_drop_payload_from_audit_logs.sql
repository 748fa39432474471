-- verdict: hazard data-loss
alter table `audit_logs` drop column `payload`;
