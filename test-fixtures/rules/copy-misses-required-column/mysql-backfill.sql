-- fixture: --dialect mysql --select copy-misses-required-column
CREATE TABLE customer_stats (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    customer_id BIGINT UNSIGNED NOT NULL,
    order_count INT NOT NULL,
    lifetime_cents BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- expect: copy-misses-required-column
INSERT INTO customer_stats (customer_id) SELECT id FROM customers;

INSERT INTO customer_stats (customer_id, order_count) SELECT customer_id, COUNT(*) FROM orders GROUP BY customer_id;
