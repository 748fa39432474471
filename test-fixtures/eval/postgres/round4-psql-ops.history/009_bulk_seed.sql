-- verdict: safe
BEGIN;

-- verdict: safe
CREATE TABLE app.plans (
    code        text PRIMARY KEY,
    price_cents integer NOT NULL,
    seats       integer NOT NULL
);

-- verdict: safe
COPY app.plans FROM stdin WITH (FORMAT csv);
free,0,1
trial,0,5
pro,1900,10
team,4900,50
enterprise,99900,1000
\.

-- verdict: safe
INSERT INTO app.plans (code, price_cents, seats)
SELECT 'legacy_' || g, 100 * g, g FROM generate_series(1, 500) AS g;

-- verdict: safe
CREATE INDEX plans_price_idx ON app.plans (price_cents);

-- verdict: safe
COMMIT;

-- verdict: safe
COPY app.countries (code, name) FROM stdin;
US	United States
CA	Canada
\.

-- verdict: safe
SELECT pg_catalog.setval('app.accounts_id_seq', 1000000, true);
