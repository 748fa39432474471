-- verdict: safe
ALTER TABLE "members" ADD "role" varchar DEFAULT 'reader' NOT NULL;
-- verdict: safe
ALTER TABLE "books" ADD "pages" integer;
-- verdict: hazard add-column-non-constant-default
ALTER TABLE "loans" ADD "loaned_on" date DEFAULT (date('now'));
-- verdict: hazard add-column-primary-key
ALTER TABLE "books" ADD "uuid" varchar PRIMARY KEY;
-- verdict: safe
CREATE INDEX "index_members_on_role" ON "members" ("role");
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20240201000000');
