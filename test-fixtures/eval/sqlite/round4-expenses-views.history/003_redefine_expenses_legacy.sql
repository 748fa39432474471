-- Redefinition with legacy_alter_table=ON: the rename does not re-parse the view, which
-- keeps naming "expenses" and finds the new table afterwards. The trigger is recreated.
-- verdict: safe
PRAGMA foreign_keys = OFF;

-- verdict: safe
PRAGMA legacy_alter_table = ON;

-- verdict: safe
BEGIN TRANSACTION;

-- verdict: safe
CREATE TABLE expenses_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    category    TEXT,
    category_id INTEGER REFERENCES categories (id),
    spent_on    TEXT NOT NULL DEFAULT (date('now'))
);

-- verdict: safe
INSERT INTO expenses_new (id, account_id, amount, category, category_id, spent_on)
    SELECT id, account_id, amount, category, category_id, spent_on FROM expenses;

-- verdict: safe
DROP TABLE expenses;

-- verdict: safe
ALTER TABLE expenses_new RENAME TO expenses;

-- verdict: safe
CREATE INDEX expenses_account_id ON expenses (account_id);

-- verdict: safe
CREATE INDEX expenses_category_id ON expenses (category_id);

-- verdict: safe
CREATE TRIGGER expenses_balance AFTER INSERT ON expenses
BEGIN
    UPDATE accounts SET balance = balance - NEW.amount WHERE id = NEW.account_id;
END;

-- verdict: safe
COMMIT;

-- verdict: safe
PRAGMA legacy_alter_table = OFF;

-- verdict: safe
PRAGMA foreign_keys = ON;
