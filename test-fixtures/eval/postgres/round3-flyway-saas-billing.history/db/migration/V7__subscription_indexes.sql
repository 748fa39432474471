-- Two non-transactional statements and nothing else: Flyway runs the script without a transaction.
-- verdict: safe
CREATE INDEX CONCURRENTLY subscriptions_open_status_idx ON subscriptions (status) WHERE status <> 'canceled';

-- verdict: safe
CREATE INDEX CONCURRENTLY invoices_account_issued_idx ON invoices (account_id, issued_at DESC);
