-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: hazard lock-held-for-later-work
CREATE TABLE product_categories (
    product_id  bigint NOT NULL REFERENCES products (id),
    category    text NOT NULL,
    PRIMARY KEY (product_id, category)
);
-- verdict: safe
CREATE INDEX product_categories_category_idx ON product_categories (category);
-- verdict: safe
INSERT INTO product_categories (product_id, category) SELECT id, 'uncategorised' FROM products WHERE id < 1000;
-- verdict: hazard index-without-concurrently
CREATE INDEX products_title_idx ON products USING gin (to_tsvector('simple', title));

-- +goose Down
DROP TABLE product_categories;
