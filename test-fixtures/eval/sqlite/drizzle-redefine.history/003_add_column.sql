-- verdict: safe
ALTER TABLE `users` ADD `nickname` text;
--> statement-breakpoint
-- verdict: hazard not-null-without-default
ALTER TABLE `users` ADD `team_id` integer NOT NULL REFERENCES teams(id);
