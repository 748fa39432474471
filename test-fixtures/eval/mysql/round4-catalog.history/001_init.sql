-- verdict: safe
CREATE TABLE products (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    sku         VARCHAR(64) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    price_cents INT NOT NULL,
    stock       INT NOT NULL DEFAULT 0,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY products_sku_unique (sku),
    KEY products_title_idx (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- verdict: safe
CREATE TABLE stores (
    id       INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name     VARCHAR(100) NOT NULL,
    location POINT NOT NULL SRID 4326
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A legacy import table without a primary key.
-- verdict: safe
CREATE TABLE price_history (
    product_id  BIGINT UNSIGNED NOT NULL,
    price_cents INT NOT NULL,
    changed_at  DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- verdict: safe
CREATE TABLE click_log (
    session_id  CHAR(36) NOT NULL,
    product_id  BIGINT UNSIGNED NOT NULL,
    clicked_at  DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- verdict: safe
INSERT INTO stores (name, location) VALUES ('Main', ST_GeomFromText('POINT(52.37 4.89)', 4326));
