-- verdict: safe
ALTER TABLE `tasks` ADD `due_at` integer;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `users` ADD `is_admin` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- verdict: safe
CREATE INDEX `tasks_project_id_idx` ON `tasks` (`project_id`);
