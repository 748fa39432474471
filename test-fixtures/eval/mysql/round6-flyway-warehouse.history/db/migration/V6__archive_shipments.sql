-- verdict: safe
CREATE TABLE shipments_archive LIKE shipments;
-- verdict: hazard bulk-copy
INSERT INTO shipments_archive SELECT * FROM shipments WHERE shipped_at < NOW();
-- verdict: hazard unbatched-update
UPDATE shipments SET carrier = UPPER(carrier);
-- verdict: safe
CREATE TABLE carriers (code VARCHAR(30) NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;
-- verdict: safe
INSERT INTO carriers (code, name) VALUES ('UPS', 'United Parcel Service'), ('DHL', 'DHL Express') ON DUPLICATE KEY UPDATE name = VALUES(name);
-- verdict: safe
ALTER TABLE carriers ADD COLUMN active TINYINT(1) NOT NULL;
-- verdict: safe
UPDATE carriers SET active = 1;
-- verdict: hazard data-loss
ALTER TABLE shipments DROP COLUMN tracking_no, ALGORITHM=INSTANT;
