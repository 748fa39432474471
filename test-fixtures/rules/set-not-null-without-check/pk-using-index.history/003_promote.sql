-- PRIMARY KEY USING INDEX on a nullable column runs an implicit SET NOT NULL: a full scan under ACCESS EXCLUSIVE.
-- expect: set-not-null-without-check
ALTER TABLE tokens ADD CONSTRAINT tokens_pkey PRIMARY KEY USING INDEX tokens_token_key;

-- Columns already NOT NULL, and a UNIQUE constraint (no NOT NULL needed): no scan.
ALTER TABLE slugs ADD CONSTRAINT slugs_pkey PRIMARY KEY USING INDEX slugs_slug_key;
ALTER TABLE tokens ADD CONSTRAINT tokens_owner_key UNIQUE USING INDEX tokens_owner_key;
