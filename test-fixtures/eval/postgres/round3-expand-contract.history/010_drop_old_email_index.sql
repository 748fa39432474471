-- verdict: safe
DROP INDEX CONCURRENTLY IF EXISTS members_email_idx;
