-- fixture: --dialect sqlite --select upsert-target-not-unique
CREATE TABLE IF NOT EXISTS `folders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `name` TEXT NOT NULL, `owner_id` INTEGER NOT NULL);
CREATE TABLE tags (label TEXT NOT NULL UNIQUE, color TEXT);
CREATE TABLE settings (user_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (user_id, key));
-- expect: upsert-target-not-unique
INSERT INTO `folders` (`name`, `owner_id`) VALUES ('Archive', 1) ON CONFLICT(`name`) DO NOTHING;
-- a key on more columns than the target does not match
-- expect: upsert-target-not-unique
INSERT INTO settings (user_id, key, value) VALUES (1, 'theme', 'dark') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
INSERT INTO settings (user_id, key, value) VALUES (1, 'theme', 'dark') ON CONFLICT (key, user_id) DO UPDATE SET value = excluded.value;
INSERT INTO tags (label, color) VALUES ('urgent', 'red') ON CONFLICT (label) DO UPDATE SET color = excluded.color;
INSERT INTO `folders` (`id`, `name`, `owner_id`) VALUES (1, 'Inbox', 1) ON CONFLICT (`id`) DO NOTHING;
INSERT INTO `folders` (`name`, `owner_id`) VALUES ('Inbox', 1) ON CONFLICT DO NOTHING;
CREATE UNIQUE INDEX `index_folders_owner_id_name` ON `folders` (`owner_id`, `name`);
INSERT INTO `folders` (`name`, `owner_id`) VALUES ('Archive', 1) ON CONFLICT (`name`, `owner_id`) DO NOTHING;
-- a table the history does not declare: its keys are unknown
INSERT INTO legacy_prefs (name, value) VALUES ('a', 'b') ON CONFLICT (name) DO NOTHING;
