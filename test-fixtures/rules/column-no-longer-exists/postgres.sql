-- fixture: --dialect postgres --select column-no-longer-exists
ALTER TABLE accounts RENAME COLUMN email TO email_address;
-- expect: column-no-longer-exists
CREATE INDEX accounts_email ON accounts (email);
-- expect: column-no-longer-exists
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;
-- expect: column-no-longer-exists
INSERT INTO accounts (id, email) VALUES (1, 'a@example.com');
ALTER TABLE accounts DROP COLUMN legacy_flag;
-- expect: column-no-longer-exists
ALTER TABLE accounts ALTER COLUMN legacy_flag DROP DEFAULT;
-- the IF EXISTS form, the new name, and a column added back are fine
ALTER TABLE accounts DROP COLUMN IF EXISTS legacy_flag;
CREATE INDEX accounts_email_address ON accounts (email_address);
ALTER TABLE accounts ADD COLUMN legacy_flag boolean;
ALTER TABLE accounts ALTER COLUMN legacy_flag SET DEFAULT false;
-- in one ALTER the actions run in order
-- expect: column-no-longer-exists
ALTER TABLE accounts DROP COLUMN note, ALTER COLUMN note TYPE text;
ALTER TABLE accounts DROP COLUMN memo, ADD COLUMN memo text, ALTER COLUMN memo SET NOT NULL;
-- a DO block may guard the statement
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE column_name = 'email') THEN
        ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;
    END IF;
END $$;
-- a table created again starts over
DROP TABLE accounts;
CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
CREATE INDEX accounts_email2 ON accounts (email);
