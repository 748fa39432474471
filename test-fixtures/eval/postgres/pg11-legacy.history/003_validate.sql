-- verdict: safe
ALTER TABLE shipments VALIDATE CONSTRAINT shipments_tracking_nn;
