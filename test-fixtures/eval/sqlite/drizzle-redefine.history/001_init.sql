-- fixture: --dialect sqlite
-- verdict: safe
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`age` integer
);
--> statement-breakpoint
-- verdict: safe
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
