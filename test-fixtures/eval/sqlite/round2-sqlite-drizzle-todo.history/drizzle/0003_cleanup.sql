-- verdict: hazard data-loss
ALTER TABLE `todos` DROP COLUMN `old_priority`;--> statement-breakpoint
-- verdict: hazard unsupported-drop-column
ALTER TABLE `todos` DROP COLUMN `user_id`;--> statement-breakpoint
-- verdict: hazard rename-table
ALTER TABLE `todos` RENAME TO `tasks`;--> statement-breakpoint
-- verdict: safe
CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL, `label` text NOT NULL);--> statement-breakpoint
-- verdict: safe
ALTER TABLE `tags` RENAME COLUMN `label` TO `name`;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `tags` ADD `color` text DEFAULT (lower('RED'));
