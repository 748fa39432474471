-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE shipments ADD CONSTRAINT shipments_tracking_nn CHECK (tracking IS NOT NULL) NOT VALID;
