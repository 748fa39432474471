-- Rows of a many-to-one reference share parents: a unique key on it fails on the first pair.
-- expect: unique-key-on-repeating-column
CREATE UNIQUE INDEX profiles_user_id_key ON profiles (user_id);
-- expect: unique-key-on-repeating-column
CREATE UNIQUE INDEX IF NOT EXISTS follows_a_b ON follows (a, b);

-- Not reported: a column that is no reference, a key with a column outside the foreign key, a reference that is
-- already unique, a partial index, a table created in this migration.
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE UNIQUE INDEX profiles_user_bio ON profiles (user_id, bio);
CREATE UNIQUE INDEX owners_user ON owners (user_id);
CREATE UNIQUE INDEX profiles_user_live ON profiles (user_id) WHERE bio IS NOT NULL;
CREATE TABLE badges (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));
CREATE UNIQUE INDEX badges_user ON badges (user_id);
