CREATE TABLE `t` (`id` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
CREATE INDEX `t_id` ON `t` (`id`);
