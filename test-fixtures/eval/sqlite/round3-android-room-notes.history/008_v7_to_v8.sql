-- verdict: hazard add-column-rejected
ALTER TABLE `tags` ADD COLUMN `slug` TEXT UNIQUE;
-- verdict: safe
ALTER TABLE `tags` ADD COLUMN `color` INTEGER;
-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `reminder_folder_id` INTEGER REFERENCES `folders`(`id`);
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f');
