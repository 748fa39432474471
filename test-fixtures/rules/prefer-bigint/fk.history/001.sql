-- fixture: --select prefer-bigint
CREATE TABLE orgs (id bigint PRIMARY KEY);
-- expect: prefer-bigint
CREATE TABLE legacy (id integer PRIMARY KEY);
