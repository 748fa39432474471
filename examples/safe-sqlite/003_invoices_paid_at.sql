-- A nullable column without a default: SQLite only rewrites the table's definition in sqlite_master.
ALTER TABLE invoices ADD COLUMN paid_at TEXT;
