-- fixture: --select missing-down-migration,down-does-not-undo-up
DROP TABLE legacy_log;
DROP TABLE accounts;
