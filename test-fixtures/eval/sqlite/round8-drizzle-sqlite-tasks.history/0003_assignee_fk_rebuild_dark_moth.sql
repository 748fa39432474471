-- (judged by the engine, session 10: this statement changes nothing; the harm is at the DROP TABLE below, labelled there)
-- verdict: safe
PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- verdict: safe
CREATE TABLE `__new_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`assignee_id` integer,
	`title` text NOT NULL,
	`legacy_status` text,
	`created_at` integer NOT NULL,
	`due_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
-- verdict: safe
INSERT INTO `__new_tasks`("id", "project_id", "assignee_id", "title", "legacy_status", "created_at", "due_at") SELECT "id", "project_id", "assignee_id", "title", "legacy_status", "created_at", "due_at" FROM `tasks`;--> statement-breakpoint
-- verdict: hazard data-loss
DROP TABLE `tasks`;--> statement-breakpoint
-- verdict: safe
ALTER TABLE `__new_tasks` RENAME TO `tasks`;--> statement-breakpoint
-- verdict: safe
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- verdict: safe
CREATE INDEX `tasks_legacy_status_idx` ON `tasks` (`legacy_status`);--> statement-breakpoint
-- verdict: safe
CREATE INDEX `tasks_project_id_idx` ON `tasks` (`project_id`);
