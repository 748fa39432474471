-- verdict: safe
SET lock_timeout = '4s';

-- verdict: hazard blocks-writes
SELECT id FROM entries WHERE posted_at < DATE '2024-01-01' FOR UPDATE;

-- verdict: hazard unbatched-backfill
UPDATE entries e
   SET reversed = true
  FROM journals j
 WHERE j.no = e.journal_no
   AND j.closed;

-- accounts is the chart of accounts (a few hundred rows)
-- verdict: safe
INSERT INTO fx_rates (currency, day, rate)
SELECT DISTINCT currency, DATE '2024-12-31', 1
  FROM accounts
 WHERE currency = 'EUR'
ON CONFLICT (currency, day) DO NOTHING;

-- verdict: safe
UPDATE journals SET closed = true WHERE no = 1042;
