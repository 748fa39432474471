-- migrate:up
-- verdict: safe
CREATE TABLE currencies (code char(3) PRIMARY KEY, name text NOT NULL);
-- verdict: safe
CREATE TABLE accounts (id bigserial PRIMARY KEY, owner text NOT NULL, currency char(3) NOT NULL REFERENCES currencies (code));
-- verdict: safe
CREATE TABLE ledger_entries (
    id          bigserial PRIMARY KEY,
    account_id  bigint NOT NULL REFERENCES accounts (id),
    amount      numeric(18,2) NOT NULL,
    memo        varchar(80),
    booked_at   timestamptz NOT NULL DEFAULT now()
);
-- verdict: safe
INSERT INTO currencies VALUES ('EUR', 'Euro'), ('USD', 'US dollar');

-- migrate:down
DROP TABLE ledger_entries;
DROP TABLE accounts;
DROP TABLE currencies;
