-- A WHERE that cannot narrow selects every row: IS NOT NULL on a NOT NULL column (or the key), col = col.
-- expect: update-without-where
UPDATE invoices SET note = '' WHERE customer_id IS NOT NULL;
-- expect: update-without-where
UPDATE invoices SET note = '' WHERE id IS NOT NULL AND TRUE;
-- expect: update-without-where
UPDATE invoices SET note = '' WHERE customer_id = customer_id;
-- expect: update-without-where
UPDATE invoices SET note = '' WHERE NOT FALSE;
-- expect: delete-without-where
DELETE FROM invoices WHERE invoices.customer_id IS NOT NULL;

-- These narrow: a nullable column, a second real condition, a comparison of two columns.
UPDATE invoices SET note = '' WHERE paid_at IS NOT NULL;
UPDATE invoices SET note = '' WHERE paid_at = paid_at;
UPDATE invoices SET note = '' WHERE customer_id IS NOT NULL AND paid_at < now();
UPDATE invoices SET note = '' WHERE customer_id = id;
DELETE FROM invoices WHERE customer_id IS NOT NULL OR note = 'x';
