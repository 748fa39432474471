-- verdict: hazard rename
ALTER TABLE `habits` RENAME COLUMN `title` TO `name`;--> statement-breakpoint
-- verdict: safe
CREATE INDEX `checkins_day_idx` ON `checkins` (`day`);--> statement-breakpoint
-- verdict: safe
DROP INDEX `checkins_habit_day_idx`;--> statement-breakpoint
-- verdict: safe
UPDATE `users` SET `timezone` = 'Europe/Berlin' WHERE `id` = 17;
