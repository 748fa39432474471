-- verdict: hazard breaks-running-app
ALTER TABLE `projects` RENAME COLUMN `name` TO `title`;
