-- verdict: hazard drop-index-needed-by-fk
ALTER TABLE shipments DROP INDEX idx_shipments_product;
-- verdict: safe
ALTER TABLE shipments ADD INDEX idx_shipments_carrier (carrier), LOCK=NONE;
-- verdict: hazard lock-shared
ALTER TABLE shipments ADD INDEX idx_shipments_tracking (tracking_no), ALGORITHM=INPLACE, LOCK=SHARED;
-- verdict: safe
ALTER TABLE products MODIFY weight_grams INT NULL DEFAULT 0;
-- verdict: hazard null-to-not-null
ALTER TABLE products MODIFY description TEXT NOT NULL;
