-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE clicks ADD COLUMN id_new bigint;

-- verdict: safe
CREATE OR REPLACE FUNCTION clicks_copy_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.id_new := NEW.id;
    RETURN NEW;
END;
$$;

-- verdict: safe
CREATE TRIGGER clicks_copy_id BEFORE INSERT OR UPDATE ON clicks
    FOR EACH ROW EXECUTE FUNCTION clicks_copy_id();
