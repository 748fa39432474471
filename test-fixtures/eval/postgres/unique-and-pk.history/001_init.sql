-- verdict: safe
CREATE TABLE accounts (
    id      bigint NOT NULL,
    email   text NOT NULL,
    handle  text
);

-- verdict: safe
CREATE TABLE sessions (
    id          uuid,
    account_id  bigint NOT NULL,
    expires_at  timestamptz NOT NULL
);
