-- fixture: --select missing-down-migration,down-does-not-undo-up
DROP TABLE accounts;
