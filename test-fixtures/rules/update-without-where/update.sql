-- fixture: --select update-without-where
ALTER TABLE users ADD COLUMN newsletter_opt_in boolean;
-- expect: update-without-where
UPDATE users SET newsletter_opt_in = false;

-- expect: update-without-where
UPDATE "public"."Orders" SET "currency" = 'EUR', updated_at = now();

UPDATE users SET newsletter_opt_in = false WHERE id BETWEEN 1 AND 10000 AND newsletter_opt_in IS NULL;
UPDATE orders o SET total = t.total FROM totals t WHERE t.order_id = o.id;
CREATE TABLE plans (id bigint PRIMARY KEY, active boolean);
INSERT INTO plans VALUES (1, NULL);
UPDATE plans SET active = true;
