-- verdict: safe
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- verdict: safe
CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'past_due', 'canceled');

-- verdict: safe
CREATE TABLE accounts (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE plans (
    id                  serial PRIMARY KEY,
    code                text NOT NULL UNIQUE,
    name                text NOT NULL,
    monthly_price_cents integer NOT NULL
);

-- verdict: safe
CREATE TABLE subscriptions (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id         bigint NOT NULL REFERENCES accounts (id),
    plan_id            integer NOT NULL REFERENCES plans (id),
    status             subscription_status NOT NULL DEFAULT 'trialing',
    current_period_end timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX subscriptions_account_id_idx ON subscriptions (account_id);

-- verdict: safe
CREATE TABLE invoices (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id      bigint NOT NULL REFERENCES accounts (id),
    subscription_id bigint REFERENCES subscriptions (id),
    number          varchar(32) NOT NULL,
    amount_cents    integer NOT NULL,
    currency        char(3) NOT NULL DEFAULT 'USD',
    status          text NOT NULL DEFAULT 'draft',
    issued_at       timestamp,
    metadata        json
);

-- verdict: safe
CREATE UNIQUE INDEX invoices_number_key ON invoices (number);

-- verdict: safe
CREATE TABLE invoice_lines (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id       bigint NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description      text NOT NULL,
    quantity         integer NOT NULL,
    unit_price_cents integer NOT NULL
);

-- verdict: safe
CREATE TABLE payments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id   bigint NOT NULL REFERENCES invoices (id),
    amount_cents integer NOT NULL,
    provider     text NOT NULL,
    provider_ref text,
    paid_at      timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
INSERT INTO plans (code, name, monthly_price_cents)
VALUES ('free', 'Free', 0), ('pro', 'Pro', 2900), ('team', 'Team', 9900);

-- verdict: safe
COMMENT ON TABLE invoices IS 'Issued invoices; immutable once status = paid';

-- verdict: safe
GRANT SELECT, INSERT, UPDATE ON accounts, subscriptions, invoices, invoice_lines, payments TO billing_app;

-- verdict: safe
GRANT SELECT ON plans TO billing_app;
