-- verdict: safe
ALTER TABLE orders VALIDATE CONSTRAINT orders_email_not_null;
