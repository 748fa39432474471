CREATE INDEX CONCURRENTLY payments_merchant_id_idx ON payments (merchant_id);
