-- expect: sqlite-pragma-ignored-in-transaction
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_projects` (`id` integer PRIMARY KEY, `name` text NOT NULL);--> statement-breakpoint
INSERT INTO `__new_projects` SELECT `id`, coalesce(`name`, '') FROM `projects`;--> statement-breakpoint
DROP TABLE `projects`;--> statement-breakpoint
ALTER TABLE `__new_projects` RENAME TO `projects`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
