-- migrate:up transaction:false
-- verdict: hazard fails-in-transaction
CREATE INDEX CONCURRENTLY payments_paid_at_idx ON payments (paid_at);

-- verdict: hazard fails-in-transaction
CREATE INDEX CONCURRENTLY refunds_payment_id_idx ON refunds (payment_id);

-- migrate:down
