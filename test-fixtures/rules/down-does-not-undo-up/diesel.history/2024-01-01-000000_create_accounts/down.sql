DROP TABLE legacy_log;
DROP TABLE accounts;
