-- verdict: safe
PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- verdict: safe
CREATE TABLE `__new_habits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`title` text NOT NULL,
	`cadence` text DEFAULT 'daily' NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`color` text DEFAULT '#22c55e',
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- verdict: safe
INSERT INTO `__new_habits`("id", "user_id", "title", "cadence", "archived", "color") SELECT "id", "user_id", "title", "cadence", "archived", "color" FROM `habits`;--> statement-breakpoint
-- verdict: hazard drop-referenced-table
DROP TABLE `habits`;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `__new_habits` RENAME TO `habits`;--> statement-breakpoint
-- verdict: safe
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- verdict: safe
CREATE INDEX `habits_user_idx` ON `habits` (`user_id`);
