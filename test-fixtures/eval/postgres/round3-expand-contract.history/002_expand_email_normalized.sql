-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
ALTER TABLE members ADD COLUMN email_normalized text;

-- verdict: safe
CREATE FUNCTION members_sync_email() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.email_normalized := lower(NEW.email);
    RETURN NEW;
END
$$;

-- verdict: safe
CREATE TRIGGER members_sync_email
    BEFORE INSERT OR UPDATE OF email ON members
    FOR EACH ROW EXECUTE FUNCTION members_sync_email();
