-- verdict: safe
SET lock_timeout = '3s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE billing.invoices ADD COLUMN plan_code text;
-- verdict: hazard lock-held-for-later-work
ALTER TABLE billing.invoices
    ADD CONSTRAINT invoices_plan_fk FOREIGN KEY (plan_code) REFERENCES billing.plans (code) NOT VALID;
-- Same Exec, same implicit transaction: the scan runs under the lock taken by the ADD above.
-- verdict: hazard validate-in-transaction
ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_plan_fk;
