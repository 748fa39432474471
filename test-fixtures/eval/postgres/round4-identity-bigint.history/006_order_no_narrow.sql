-- verdict: safe
SET lock_timeout = '3s';

-- orders.order_no is bigint; the sequence gets MAXVALUE 2147483647 (fails now if last_value is
-- above it, or makes nextval fail later).
-- verdict: hazard sequence-narrowing
ALTER SEQUENCE legacy_order_no_seq AS integer;
