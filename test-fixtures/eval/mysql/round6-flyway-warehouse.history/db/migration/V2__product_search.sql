-- verdict: hazard algorithm-unsupported
ALTER TABLE products ADD FULLTEXT INDEX ft_products_title (title), ALGORITHM=INPLACE, LOCK=NONE;
-- verdict: hazard fulltext-index
CREATE FULLTEXT INDEX ft_products_title ON products (title);
-- verdict: safe
CREATE INDEX idx_products_price ON products (price);
-- verdict: safe
ALTER TABLE products ADD COLUMN title_lower VARCHAR(180) AS (LOWER(title)) VIRTUAL;
-- verdict: hazard stored-generated-column
ALTER TABLE products ADD COLUMN price_cents INT AS (price * 100) STORED;
