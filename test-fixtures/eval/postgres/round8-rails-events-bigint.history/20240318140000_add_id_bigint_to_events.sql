-- Rails migration AddIdBigintToEvents: events.id is int4 and at 61% of its range
-- verdict: safe
BEGIN;
-- verdict: safe
SET LOCAL lock_timeout = '5s';
-- verdict: safe
ALTER TABLE "events" ADD "id_bigint" bigint;
-- verdict: safe
CREATE FUNCTION events_sync_id_bigint() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.id_bigint := NEW.id;
  RETURN NEW;
END;
$$;
-- verdict: safe
CREATE TRIGGER events_sync_id_bigint BEFORE INSERT OR UPDATE ON "events" FOR EACH ROW EXECUTE FUNCTION events_sync_id_bigint();
-- verdict: safe
COMMIT;
