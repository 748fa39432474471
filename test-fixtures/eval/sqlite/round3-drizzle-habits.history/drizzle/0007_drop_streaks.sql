-- verdict: hazard data-loss
DROP TABLE `streaks`;--> statement-breakpoint
-- verdict: hazard data-loss
ALTER TABLE `habits` DROP COLUMN `color`;
