-- expect: index-without-concurrently
CREATE INDEX invoices_total ON invoices (total);
