-- fixture: --select statements-after-exclusive-lock --assume-in-transaction
CREATE TABLE events (id integer PRIMARY KEY, payload text, user_id integer);
CREATE TABLE users (id integer PRIMARY KEY, name varchar(100), email text);
CREATE TABLE teams (id integer PRIMARY KEY, owner_id integer);
