-- verdict: hazard fulltext-index-rebuild
alter table `audit_logs` add fulltext `audit_logs_event_fulltext`(`event`);
