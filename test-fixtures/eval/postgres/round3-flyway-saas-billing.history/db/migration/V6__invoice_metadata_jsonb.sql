-- verdict: hazard table-rewrite
ALTER TABLE invoices ALTER COLUMN metadata TYPE jsonb USING metadata::jsonb;
