-- verdict: safe
PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- verdict: safe
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`timezone` text DEFAULT 'UTC' NOT NULL,
	`onboarded` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
-- verdict: safe
INSERT INTO `__new_users`("id", "email", "created_at", "timezone", "onboarded") SELECT "id", "email", "created_at", "timezone", "onboarded" FROM `users`;--> statement-breakpoint
-- The rebuild leaves out users.name (and the display_name generated from it): its data is gone with the old table.
-- verdict: hazard data-loss
DROP TABLE `users`;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
-- verdict: safe
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- verdict: safe
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
