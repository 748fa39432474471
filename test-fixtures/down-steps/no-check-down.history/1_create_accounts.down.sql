-- fixture: --no-check-down --select drop-table
DROP TABLE accounts;
