-- fixture: --dialect sqlite --select drop-view
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE VIEW named_users AS SELECT id, name FROM users;
