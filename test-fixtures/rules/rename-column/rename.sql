-- fixture: --select rename-column
-- expect: rename-column
ALTER TABLE users RENAME COLUMN email TO email_address;

-- expect: rename-column
ALTER TABLE "public"."Users" RENAME "FirstName" TO first_name;

CREATE TABLE drafts (id bigint PRIMARY KEY, titel text);
ALTER TABLE drafts RENAME COLUMN titel TO title;
ALTER TABLE users ADD COLUMN nick text;
ALTER TABLE users RENAME COLUMN nick TO nickname;
ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_address_key;
