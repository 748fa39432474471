-- verdict: safe
SET lock_timeout = '3s';

-- Inline REFERENCES cannot be NOT VALID: every pick_lists row is checked under the lock.
-- verdict: hazard fk-validation
ALTER TABLE pick_lists ADD COLUMN warehouse_id bigint REFERENCES warehouses (id);

-- CHECK on the column added in the same statement: validated by a full scan under ACCESS EXCLUSIVE.
-- verdict: hazard check-validation
ALTER TABLE stock_items ADD COLUMN reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0);

-- Same, as a separate action of the same ALTER.
-- verdict: hazard check-validation
ALTER TABLE stock_items ADD COLUMN damaged integer, ADD CONSTRAINT stock_items_damaged_nonneg CHECK (damaged >= 0);

-- verdict: safe
ALTER TABLE stock_items ADD COLUMN lost integer, ADD CONSTRAINT stock_items_lost_nonneg CHECK (lost >= 0) NOT VALID;

-- verdict: safe
ALTER TABLE pick_lists ADD COLUMN picker_id bigint;

-- verdict: safe
ALTER TABLE pick_lists ADD CONSTRAINT pick_lists_stock_item_fk FOREIGN KEY (stock_item_id) REFERENCES stock_items (id) NOT VALID;
