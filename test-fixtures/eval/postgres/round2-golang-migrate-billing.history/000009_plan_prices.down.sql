UPDATE billing.plans SET price_cents = 1500 WHERE code = 'pro';
