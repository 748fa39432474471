-- fixture: --select unique-index-on-uniform-column
CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL);
ALTER TABLE tags ADD COLUMN slug text NOT NULL DEFAULT '';
CREATE UNIQUE INDEX tags_slug_key ON tags (slug);

ALTER TABLE accounts ADD COLUMN handle text NOT NULL DEFAULT '';
-- expect: unique-index-on-uniform-column
CREATE UNIQUE INDEX CONCURRENTLY accounts_handle_key ON accounts (handle);
ALTER TABLE accounts ADD COLUMN tier integer DEFAULT 0;
-- expect: unique-index-on-uniform-column
ALTER TABLE accounts ADD CONSTRAINT accounts_tier_key UNIQUE (tier);
-- expect: unique-index-on-uniform-column
ALTER TABLE teams ADD COLUMN code text NOT NULL DEFAULT 'none' UNIQUE;
ALTER TABLE invoices ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
-- expect: unique-index-on-uniform-column
CREATE UNIQUE INDEX invoices_created_at_key ON invoices (created_at);

ALTER TABLE accounts ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX accounts_public_id_key ON accounts (public_id);
ALTER TABLE accounts ADD COLUMN email text;
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
ALTER TABLE accounts ADD COLUMN kind text NOT NULL DEFAULT 'user';
CREATE UNIQUE INDEX accounts_org_kind_key ON accounts (org_id, kind);
ALTER TABLE users ADD COLUMN slug text NOT NULL DEFAULT '';
UPDATE users SET slug = 'u-' || id;
CREATE UNIQUE INDEX users_slug_key ON users (slug);
ALTER TABLE events ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX events_seq_key ON events (seq);
ALTER TABLE orders ADD COLUMN number bigserial;
ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE (number);
ALTER TABLE accounts ADD COLUMN is_owner boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX accounts_one_owner ON accounts (is_owner) WHERE is_owner;
TRUNCATE sessions;
ALTER TABLE sessions ADD COLUMN token text NOT NULL DEFAULT '';
CREATE UNIQUE INDEX sessions_token_key ON sessions (token);
ALTER TABLE community ADD COLUMN followers_url varchar(255) NOT NULL DEFAULT generate_unique_changeme();
ALTER TABLE community ADD CONSTRAINT idx_community_followers_url UNIQUE (followers_url);
ALTER TABLE accounts ADD COLUMN status varchar(20) NOT NULL DEFAULT 'active'::character varying;
-- expect: unique-index-on-uniform-column
CREATE UNIQUE INDEX accounts_status_key ON accounts (status);
