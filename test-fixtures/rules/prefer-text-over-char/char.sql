-- fixture: --select prefer-text-over-char
-- expect: prefer-text-over-char
CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL);

-- expect: prefer-text-over-char
ALTER TABLE accounts ADD COLUMN currency CHARACTER(3) NOT NULL DEFAULT 'EUR';

CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), code character varying(10), name text);
ALTER TABLE users ADD COLUMN locale varchar(5);
