-- LegacySession has had no reader or writer since the 2024.05 auth rewrite
-- DropTable
-- verdict: hazard data-loss
DROP TABLE "LegacySession";

-- verdict: hazard breaks-running-app
ALTER TABLE "Note" RENAME COLUMN "body" TO "content";
