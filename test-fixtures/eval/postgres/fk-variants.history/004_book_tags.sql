-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
CREATE TABLE book_tags (
    book_id  bigint NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    tag      text NOT NULL,
    PRIMARY KEY (book_id, tag)
);

-- verdict: safe
CREATE INDEX book_tags_tag_idx ON book_tags (tag);
