-- verdict: safe
CREATE TABLE categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- verdict: safe
INSERT INTO categories (id, name) VALUES (1, 'food'), (2, 'rent'), (3, 'travel'), (4, 'utilities'), (5, 'other');

-- verdict: safe
ALTER TABLE expenses ADD COLUMN category_id INTEGER REFERENCES categories (id);

-- verdict: safe
UPDATE expenses SET category_id = (SELECT c.id FROM categories c WHERE c.name = expenses.category) WHERE category IS NOT NULL;

-- verdict: safe
CREATE INDEX expenses_category_id ON expenses (category_id);
