-- verdict: safe
CREATE MATERIALIZED VIEW account_balances AS
SELECT account_id, sum(amount) AS balance, max(posted_at) AS last_posted_at
  FROM entries
 GROUP BY account_id
WITH NO DATA;

-- verdict: safe
CREATE UNIQUE INDEX account_balances_account_idx ON account_balances (account_id);

-- verdict: safe
REFRESH MATERIALIZED VIEW account_balances;

-- verdict: safe
GRANT SELECT ON account_balances TO reporting;
