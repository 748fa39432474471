-- verdict: safe
create index `audit_log_created_at_index` on `audit_log` (`created_at`);
