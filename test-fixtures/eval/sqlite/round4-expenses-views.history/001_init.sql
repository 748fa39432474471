-- verdict: safe
PRAGMA journal_mode = WAL;

-- verdict: safe
CREATE TABLE accounts (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    name    TEXT NOT NULL,
    balance INTEGER NOT NULL DEFAULT 0
);

-- verdict: safe
CREATE TABLE expenses (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    amount     INTEGER NOT NULL,
    category   TEXT,
    spent_on   TEXT NOT NULL DEFAULT (date('now'))
);

-- verdict: safe
CREATE INDEX expenses_account_id ON expenses (account_id);

-- verdict: safe
CREATE VIEW monthly_totals AS
    SELECT account_id, strftime('%Y-%m', spent_on) AS month, sum(amount) AS total
    FROM expenses GROUP BY account_id, month;

-- verdict: safe
CREATE TRIGGER expenses_balance AFTER INSERT ON expenses
BEGIN
    UPDATE accounts SET balance = balance - NEW.amount WHERE id = NEW.account_id;
END;

-- verdict: safe
INSERT INTO accounts (name) VALUES ('cash'), ('checking'), ('savings'), ('credit card');
