-- verdict: safe
CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    state       text NOT NULL DEFAULT 'open',
    total_cents bigint NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz
);
