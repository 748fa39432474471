-- verdict: safe
CREATE TABLE merchants (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE payments (
    id          bigserial PRIMARY KEY,
    merchant_id bigint NOT NULL REFERENCES merchants (id),
    amount      bigint NOT NULL,
    currency    char(3) NOT NULL,
    state       text NOT NULL DEFAULT 'pending',
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX payments_merchant_id_idx ON payments (merchant_id);
