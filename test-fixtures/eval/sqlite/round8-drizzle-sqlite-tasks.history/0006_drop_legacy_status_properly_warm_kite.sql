-- verdict: safe
DROP INDEX IF EXISTS `tasks_legacy_status_idx`;--> statement-breakpoint
-- verdict: hazard data-loss
ALTER TABLE `tasks` DROP COLUMN `legacy_status`;
