-- Released two versions ago: the application no longer reads or writes members.email.
-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
DROP TRIGGER members_sync_email ON members;

-- verdict: safe
DROP FUNCTION members_sync_email();

-- verdict: hazard data-loss
ALTER TABLE members DROP COLUMN email;
