-- verdict: safe
ALTER TABLE `users` ADD `timezone` text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `habits` ADD `color` text;--> statement-breakpoint
-- verdict: safe
CREATE INDEX `habits_user_idx` ON `habits` (`user_id`);
