-- fixture: --select column-used-by-view
CREATE TABLE customers (id bigint PRIMARY KEY, note varchar(100), city text, zip text);
CREATE VIEW customer_notes AS SELECT c.id, c.note FROM customers c;
CREATE VIEW customer_all AS SELECT * FROM customers;

-- expect: column-used-by-view
ALTER TABLE customers ALTER COLUMN note TYPE varchar(200);

-- expect: column-used-by-view
ALTER TABLE customers DROP COLUMN city;

-- expect: column-used-by-view
ALTER TABLE customers DROP COLUMN zip CASCADE;

DROP VIEW customer_notes;
DROP VIEW customer_all;
ALTER TABLE customers ALTER COLUMN note TYPE varchar(300);

CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10, 2), status text);
CREATE VIEW order_counts AS SELECT status, count(*) FROM orders GROUP BY status;
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);

CREATE TABLE authors (id bigint PRIMARY KEY, name text, bio text);
CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint, title text, body text);
CREATE VIEW post_list AS SELECT p.id, p.title, a.name AS author FROM posts p JOIN authors a ON a.id = p.author_id;
-- the view names "title" only as posts.title: authors.title does not exist, bio is not read
ALTER TABLE authors ALTER COLUMN bio TYPE varchar(500);
-- expect: column-used-by-view
ALTER TABLE authors ALTER COLUMN name TYPE varchar(200);
ALTER TABLE posts RENAME COLUMN title TO headline;
-- expect: column-used-by-view
ALTER TABLE posts ALTER COLUMN headline TYPE varchar(300);
