-- verdict: hazard fails-non-constant-default
ALTER TABLE `tasks` ADD `updated_at` integer DEFAULT (unixepoch()) NOT NULL;
