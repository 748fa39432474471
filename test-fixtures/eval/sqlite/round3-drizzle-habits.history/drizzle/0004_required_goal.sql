-- verdict: safe
PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- verdict: safe
CREATE TABLE `__new_checkins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`habit_id` integer NOT NULL,
	`day` text NOT NULL,
	`note` text,
	`amount` integer NOT NULL,
	FOREIGN KEY (`habit_id`) REFERENCES `habits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- The copy does not supply the new NOT NULL column that has no default: fails on the first existing row.
-- verdict: hazard not-null-without-default
INSERT INTO `__new_checkins`("id", "habit_id", "day", "note") SELECT "id", "habit_id", "day", "note" FROM `checkins`;--> statement-breakpoint
-- verdict: safe
DROP TABLE `checkins`;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `__new_checkins` RENAME TO `checkins`;--> statement-breakpoint
-- verdict: safe
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- verdict: safe
CREATE INDEX `checkins_habit_day_idx` ON `checkins` (`habit_id`,`day`);
