-- fixture: --select set-not-null-without-check
CREATE TABLE tokens (token text, owner_id bigint NOT NULL, issued_at timestamptz);
CREATE TABLE slugs (slug text NOT NULL);
