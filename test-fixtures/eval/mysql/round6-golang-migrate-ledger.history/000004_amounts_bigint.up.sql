-- verdict: hazard type-change
ALTER TABLE entries MODIFY amount_cents BIGINT NOT NULL;
-- verdict: hazard algorithm-unsupported
ALTER TABLE transfers MODIFY amount_cents BIGINT NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
-- verdict: safe
ALTER TABLE transfers ADD COLUMN reference VARCHAR(36) NULL, ALGORITHM=INSTANT;
-- verdict: hazard algorithm-unsupported
ALTER TABLE transfers ADD INDEX idx_transfers_reference (reference), ALGORITHM=INSTANT;
-- verdict: safe
ALTER TABLE transfers ADD UNIQUE INDEX uq_transfers_reference (reference), ALGORITHM=INPLACE, LOCK=NONE;
