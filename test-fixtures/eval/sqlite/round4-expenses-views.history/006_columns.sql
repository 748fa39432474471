-- verdict: hazard not-null-without-default
ALTER TABLE expenses ADD COLUMN currency TEXT NOT NULL;

-- verdict: safe
ALTER TABLE expenses ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- "Cannot add a column with non-constant default" (expression default)
-- verdict: hazard non-constant-default
ALTER TABLE expenses ADD COLUMN created_at TEXT DEFAULT (datetime('now'));

-- verdict: hazard stored-generated-column
ALTER TABLE expenses ADD COLUMN amount_eur REAL GENERATED ALWAYS AS (amount / 100.0) STORED;

-- verdict: hazard primary-key-column
ALTER TABLE categories ADD COLUMN uid INTEGER PRIMARY KEY;

-- verdict: safe
ALTER TABLE expenses ADD COLUMN amount_abs INTEGER AS (abs(amount)) VIRTUAL;

-- The column is used by the view monthly_totals: "error in view monthly_totals: no such column: spent_on".
-- verdict: hazard column-used-by-view
ALTER TABLE expenses DROP COLUMN spent_on;

-- verdict: hazard data-loss
DROP TABLE categories;

-- verdict: hazard data-loss
DELETE FROM accounts;

-- verdict: safe
DROP VIEW IF EXISTS monthly_totals;

-- verdict: safe
CREATE VIEW monthly_totals AS
    SELECT account_id, sum(amount) AS total FROM expenses GROUP BY account_id;
