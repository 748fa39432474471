-- verdict: safe
CREATE TABLE authors (id bigserial PRIMARY KEY, name text NOT NULL);

-- verdict: safe
CREATE TABLE books (id bigserial PRIMARY KEY, author_id bigint, title text NOT NULL);

-- verdict: safe
CREATE TABLE reviews (id bigserial PRIMARY KEY, book_id bigint, stars smallint);
