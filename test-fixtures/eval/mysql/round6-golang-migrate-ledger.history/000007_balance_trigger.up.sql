-- verdict: safe
CREATE TRIGGER trg_entries_ai AFTER INSERT ON entries FOR EACH ROW UPDATE accounts SET balance_cents = balance_cents + NEW.amount_cents WHERE id = NEW.account_id;
-- verdict: hazard lock-tables
LOCK TABLES accounts WRITE, entries READ;
-- verdict: hazard unbatched-update
UPDATE accounts a SET balance_cents = (SELECT COALESCE(SUM(e.amount_cents), 0) FROM entries e WHERE e.account_id = a.id);
-- verdict: safe
UNLOCK TABLES;
