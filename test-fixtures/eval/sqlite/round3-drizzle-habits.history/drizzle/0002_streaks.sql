-- verdict: safe
CREATE TABLE `streaks` (
	`habit_id` integer PRIMARY KEY NOT NULL,
	`current` integer DEFAULT 0 NOT NULL,
	`longest` integer DEFAULT 0 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`habit_id`) REFERENCES `habits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- verdict: safe
INSERT INTO `streaks` (`habit_id`) SELECT `id` FROM `habits`;
