-- verdict: safe
PRAGMA optimize;
-- verdict: safe
ANALYZE;
-- verdict: hazard data-loss
DELETE FROM "checkouts";
-- verdict: safe
DELETE FROM "reviews" WHERE "stars" = 0;
-- verdict: safe
INSERT INTO "members" ("id", "name", "email", "role", "created_at", "updated_at") VALUES (1, 'Admin', 'admin@example.com', 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP) ON CONFLICT ("id") DO UPDATE SET "role" = excluded."role";
-- verdict: hazard data-loss
DROP TABLE "reviews";
