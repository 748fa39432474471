-- fixture: --dialect sqlite
-- verdict: safe
CREATE TABLE accounts (id INTEGER PRIMARY KEY, login TEXT NOT NULL, legacy_pin TEXT);

-- verdict: safe
CREATE TABLE login_attempts (id INTEGER PRIMARY KEY, account_id INTEGER, at TEXT);

-- verdict: safe
CREATE TABLE old_tokens (token TEXT PRIMARY KEY);
