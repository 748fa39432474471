-- fixture: --select missing-lock-timeout
CREATE DOMAIN posint AS integer CHECK (VALUE >= 0);
CREATE TABLE items (id bigint PRIMARY KEY, qty posint);
CREATE TABLE accounts (id bigint PRIMARY KEY, code text);
