-- fixture: --select concurrently-in-transaction
-- migrate:up
CREATE TABLE ledger_entries (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    memo text,
    booked_at timestamptz NOT NULL DEFAULT now()
);

-- migrate:down
DROP TABLE ledger_entries;
