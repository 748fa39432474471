-- verdict: safe
CREATE OR REPLACE VIEW account_balances AS
SELECT i.account_id,
       sum(i.amount_cents) FILTER (WHERE i.status = 'open') AS open_cents,
       count(*)                                            AS invoice_count
FROM invoices i
GROUP BY i.account_id;

-- verdict: safe
GRANT SELECT ON account_balances TO billing_app;
