-- verdict: safe
ALTER TABLE members VALIDATE CONSTRAINT members_email_normalized_not_null;
