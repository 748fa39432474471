-- SQLite refuses ADD COLUMN NOT NULL without a default on a table that has rows: the upgrade crashes the app.
-- verdict: hazard add-column-rejected
ALTER TABLE `notes` ADD COLUMN `archived` INTEGER NOT NULL;
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a');
