CREATE TABLE accounts (id bigint PRIMARY KEY, legacy text);
CREATE TABLE legacy_log (id bigint);
