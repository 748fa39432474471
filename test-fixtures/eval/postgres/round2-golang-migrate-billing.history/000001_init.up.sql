-- verdict: safe
CREATE SCHEMA IF NOT EXISTS billing;

-- verdict: safe
CREATE TABLE billing."Accounts" (
    "Id"        bigserial PRIMARY KEY,
    "Email"     varchar(50) NOT NULL,
    "CreatedAt" timestamp NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE billing.plans (
    code        text PRIMARY KEY,
    price_cents integer NOT NULL
);

-- verdict: safe
CREATE TABLE billing.invoices (
    id         bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES billing."Accounts" ("Id"),
    amount     numeric(10,2) NOT NULL,
    status     text NOT NULL DEFAULT 'open',
    issued_at  timestamp
);

-- verdict: safe
CREATE INDEX invoices_account_idx ON billing.invoices (account_id);

-- verdict: safe
INSERT INTO billing.plans (code, price_cents) VALUES ('free', 0), ('pro', 1500), ('legacy', 900);
