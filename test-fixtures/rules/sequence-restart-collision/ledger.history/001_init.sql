-- fixture: --select sequence-restart-collision
CREATE SEQUENCE journal_no_seq;
CREATE TABLE journals (no bigint PRIMARY KEY DEFAULT nextval('journal_no_seq'), title text);
CREATE TABLE entries (id serial PRIMARY KEY, amount numeric NOT NULL);
CREATE TABLE imports (id bigserial PRIMARY KEY, source text);
CREATE SEQUENCE invoice_counter;
