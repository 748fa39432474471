-- verdict: safe
ALTER TABLE `todos` ADD `due_at` integer;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `todos` ADD `notes` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- verdict: hazard unsupported-add-column
ALTER TABLE `todos` ADD `created_at` integer DEFAULT (unixepoch()) NOT NULL;--> statement-breakpoint
-- verdict: safe
CREATE INDEX `todos_user_idx` ON `todos` (`user_id`,`done`);--> statement-breakpoint
-- verdict: safe
ALTER TABLE `todos` ADD `title_len` integer GENERATED ALWAYS AS (length(`title`)) VIRTUAL;
