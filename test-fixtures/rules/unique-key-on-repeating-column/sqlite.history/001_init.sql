-- fixture: --dialect sqlite --select unique-key-on-repeating-column
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
CREATE TABLE profiles (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), bio TEXT);
CREATE TABLE follows (a INTEGER NOT NULL REFERENCES users (id), b INTEGER NOT NULL REFERENCES users (id),
    FOREIGN KEY (a, b) REFERENCES pairs (x, y));
CREATE TABLE owners (id INTEGER PRIMARY KEY, user_id INTEGER UNIQUE REFERENCES users (id));
