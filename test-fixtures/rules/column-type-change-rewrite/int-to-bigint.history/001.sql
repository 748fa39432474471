-- fixture: --select column-type-change-rewrite
CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL);
CREATE TABLE posts (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id));
