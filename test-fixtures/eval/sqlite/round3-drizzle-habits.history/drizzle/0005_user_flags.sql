-- verdict: hazard add-column-rejected
ALTER TABLE `users` ADD `last_seen_at` integer DEFAULT (unixepoch()) NOT NULL;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `users` ADD `onboarded` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `users` ADD `display_name` text GENERATED ALWAYS AS (coalesce(`name`, `email`)) VIRTUAL;
