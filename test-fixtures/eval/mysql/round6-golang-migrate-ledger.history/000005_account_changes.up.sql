-- verdict: safe
ALTER TABLE accounts MODIFY note VARCHAR(255) NULL;
-- verdict: hazard table-copy
ALTER TABLE accounts MODIFY owner_email VARCHAR(320) NOT NULL;
-- verdict: safe
ALTER TABLE accounts ALTER COLUMN currency SET DEFAULT 'EUR';
-- verdict: safe
ALTER TABLE accounts AUTO_INCREMENT = 1000000;
-- verdict: hazard copy-lock
ALTER TABLE accounts ADD COLUMN status TINYINT NOT NULL DEFAULT 1, ALGORITHM=COPY;
-- verdict: safe
ALTER TABLE accounts ADD COLUMN closed_at DATETIME NULL FIRST;
