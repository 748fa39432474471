-- fixture: --select column-type-change-rewrite
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE accounts (id bigint PRIMARY KEY, email text, handle citext, login varchar(40), nick citext,
  ttl interval(3), grace interval(6), net cidr, uid integer);
CREATE INDEX accounts_nick ON accounts (nick);
