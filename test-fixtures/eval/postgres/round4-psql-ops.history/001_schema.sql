-- Applied with: psql -X -f 001_schema.sql
-- verdict: safe
\set ON_ERROR_STOP on
-- verdict: safe
CREATE SCHEMA IF NOT EXISTS app;

-- verdict: safe
CREATE TABLE app.accounts (
    id         bigserial PRIMARY KEY,
    login      text NOT NULL UNIQUE,
    plan       text NOT NULL DEFAULT 'free',
    flags      integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE app.sessions (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id bigint NOT NULL REFERENCES app.accounts (id),
    started_at timestamptz NOT NULL DEFAULT now(),
    user_agent text
);

-- verdict: safe
CREATE INDEX sessions_account_id_idx ON app.sessions (account_id);

-- verdict: safe
CREATE TABLE app.countries (
    code char(2) PRIMARY KEY,
    name text NOT NULL
);

-- verdict: safe
COPY app.countries (code, name) FROM stdin;
NL	Netherlands
DE	Germany
FR	France
BE	Belgium
LU	Luxembourg
\.

-- verdict: safe
INSERT INTO app.countries (code, name) VALUES
    ('ES', 'Spain'), ('PT', 'Portugal'), ('IT', 'Italy'), ('AT', 'Austria'), ('CH', 'Switzerland'),
    ('PL', 'Poland'), ('CZ', 'Czechia'), ('DK', 'Denmark'), ('SE', 'Sweden'), ('NO', 'Norway'),
    ('FI', 'Finland'), ('IE', 'Ireland'), ('GB', 'United Kingdom'), ('GR', 'Greece'), ('HU', 'Hungary');
