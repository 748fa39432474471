CREATE UNIQUE INDEX CONCURRENTLY tokens_token_key ON tokens (token);
CREATE UNIQUE INDEX CONCURRENTLY tokens_owner_key ON tokens (owner_id);
CREATE UNIQUE INDEX CONCURRENTLY slugs_slug_key ON slugs (slug);
