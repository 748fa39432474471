--
-- Raw SQL operation (atomic = False, run once per batch by the release script)
--
-- verdict: safe
UPDATE "billing_invoice" AS i SET "customer_id" = s."customer_id" FROM "billing_subscription" AS s WHERE s."id" = i."subscription_id" AND i."id" BETWEEN 1 AND 50000;
