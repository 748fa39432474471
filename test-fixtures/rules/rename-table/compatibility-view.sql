-- fixture: --select rename-table
-- the old name answers again at COMMIT through an automatically updatable view: not breaking
BEGIN;
ALTER TABLE customers RENAME TO clients;
CREATE VIEW customers AS SELECT * FROM clients;
COMMIT;

-- a view that is not updatable (DISTINCT) breaks the old version's writes
BEGIN;
-- expect: rename-table
ALTER TABLE orders RENAME TO purchases;
CREATE VIEW orders AS SELECT DISTINCT * FROM purchases;
COMMIT;

-- outside a transaction the old name is missing between the two statements
-- expect: rename-table
ALTER TABLE invoices RENAME TO bills;
CREATE VIEW invoices AS SELECT * FROM bills;

-- a view created after the COMMIT comes too late
BEGIN;
-- expect: rename-table
ALTER TABLE payments RENAME TO transfers;
COMMIT;
CREATE VIEW payments AS SELECT * FROM transfers;
