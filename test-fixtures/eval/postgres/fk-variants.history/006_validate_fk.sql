-- verdict: safe
ALTER TABLE books VALIDATE CONSTRAINT books_author_fk2;
