DROP TABLE transfers;
DROP TABLE entries;
DROP TABLE accounts;
