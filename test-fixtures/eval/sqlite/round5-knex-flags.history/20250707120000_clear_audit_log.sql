-- verdict: hazard data-loss
delete from `audit_log`;
