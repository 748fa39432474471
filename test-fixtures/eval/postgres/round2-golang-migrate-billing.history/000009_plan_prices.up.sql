-- verdict: safe
UPDATE billing.plans SET price_cents = 1900 WHERE code = 'pro';
-- verdict: safe
DELETE FROM billing.plans WHERE code = 'legacy';
-- verdict: hazard unbatched-update
UPDATE billing.invoices SET plan_code = 'free';
