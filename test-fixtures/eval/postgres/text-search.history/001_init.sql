-- verdict: safe
CREATE TABLE articles (
    id      bigserial PRIMARY KEY,
    title   text NOT NULL,
    body    text,
    author  text
);

-- verdict: safe
CREATE INDEX articles_author_idx ON articles (author);
