-- Batched backfill, one short transaction per statement.
-- verdict: safe
UPDATE orders SET total_cents_big = total_cents WHERE id BETWEEN 1 AND 250000 AND total_cents_big IS NULL;

-- verdict: safe
UPDATE orders SET total_cents_big = total_cents WHERE id BETWEEN 250001 AND 500000 AND total_cents_big IS NULL;

-- verdict: safe
UPDATE orders SET total_cents_big = total_cents WHERE id BETWEEN 500001 AND 750000 AND total_cents_big IS NULL;

-- verdict: safe
UPDATE orders SET total_cents_big = total_cents WHERE id > 750000 AND total_cents_big IS NULL;
