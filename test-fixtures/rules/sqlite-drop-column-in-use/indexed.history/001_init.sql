-- fixture: --dialect sqlite --select sqlite-drop-column-in-use
CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  author_id INTEGER REFERENCES users (id),
  state TEXT CHECK (state IN ('draft', 'published')),
  category TEXT,
  body TEXT,
  legacy TEXT
);
CREATE INDEX posts_category_idx ON posts (category);
