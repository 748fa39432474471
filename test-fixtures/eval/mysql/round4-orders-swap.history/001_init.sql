-- verdict: safe
CREATE TABLE orders (
    id          INT NOT NULL AUTO_INCREMENT,
    customer_id INT NOT NULL,
    status      ENUM('new','paid','shipped') NOT NULL DEFAULT 'new',
    total       DECIMAL(10,2) NOT NULL,
    note        VARCHAR(60) NULL,
    created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    KEY idx_orders_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- verdict: safe
CREATE TABLE order_notes (
    id       INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id INT NOT NULL,
    body     TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
