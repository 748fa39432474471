-- avatar and legacy_status were removed from the schema in release 2024.10
-- verdict: hazard data-loss
ALTER TABLE `users` DROP COLUMN `avatar`;--> statement-breakpoint
-- verdict: hazard fails-indexed-column
ALTER TABLE `tasks` DROP COLUMN `legacy_status`;
