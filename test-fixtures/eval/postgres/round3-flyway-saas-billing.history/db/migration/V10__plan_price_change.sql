-- verdict: safe
UPDATE plans SET monthly_price_cents = 3400 WHERE code = 'pro';

-- verdict: safe
INSERT INTO plans (code, name, monthly_price_cents)
VALUES ('enterprise', 'Enterprise', 49900)
ON CONFLICT (code) DO NOTHING;

-- verdict: safe
ALTER SEQUENCE plans_id_seq RESTART WITH 1000;
