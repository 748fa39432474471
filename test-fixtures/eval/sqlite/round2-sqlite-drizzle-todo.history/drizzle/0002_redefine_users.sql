-- verdict: safe
PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- verdict: safe
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
-- verdict: safe
INSERT INTO `__new_users`("id", "email", "name") SELECT "id", "email", coalesce("name", '') FROM `users`;--> statement-breakpoint
-- verdict: hazard drop-referenced-table
DROP TABLE `users`;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
-- verdict: safe
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- verdict: safe
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
