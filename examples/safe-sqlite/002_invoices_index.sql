CREATE INDEX idx_invoices_customer ON invoices (customer_id);
