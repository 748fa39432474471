-- verdict: hazard table-rebuild
ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, created_at);
-- verdict: hazard data-loss
ALTER TABLE users DROP COLUMN bio;
-- verdict: hazard fulltext-index
ALTER TABLE legacy_notes ADD FULLTEXT INDEX ft_body (body);
-- verdict: safe
UPDATE countries SET name = 'Czechia' WHERE code = 'CZ';
-- verdict: hazard data-loss
DELETE FROM orders;
-- verdict: hazard rename-table
RENAME TABLE legacy_notes TO notes_archive;
