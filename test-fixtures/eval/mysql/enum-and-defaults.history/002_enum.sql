-- verdict: safe
ALTER TABLE tickets MODIFY COLUMN status ENUM('open', 'closed', 'archived') NOT NULL DEFAULT 'open';

-- verdict: hazard table-copy
ALTER TABLE tickets MODIFY COLUMN status ENUM('open', 'pending', 'closed', 'archived') NOT NULL DEFAULT 'open';

-- verdict: safe
ALTER TABLE tickets ALTER COLUMN priority SET DEFAULT 3;

-- verdict: safe
ALTER TABLE tickets ADD COLUMN channel VARCHAR(20) NULL AFTER status;
