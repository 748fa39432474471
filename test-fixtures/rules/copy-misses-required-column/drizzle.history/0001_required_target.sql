PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_goals` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`title` text NOT NULL,
	`target` integer NOT NULL,
	`unit` text DEFAULT 'times' NOT NULL
);
--> statement-breakpoint
-- expect: copy-misses-required-column
INSERT INTO `__new_goals`("id", "user_id", "title") SELECT "id", "user_id", "title" FROM `goals`;--> statement-breakpoint
DROP TABLE `goals`;--> statement-breakpoint
ALTER TABLE `__new_goals` RENAME TO `goals`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
