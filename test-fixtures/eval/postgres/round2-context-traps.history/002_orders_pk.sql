-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY orders_id_idx ON app."Orders" ("Id");
