-- fixture: --dialect mysql
-- verdict: safe
CREATE TABLE users (
    id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(60) NOT NULL,
    bio        VARCHAR(50) NULL,
    status     ENUM('active', 'banned') NOT NULL DEFAULT 'active',
    score      INT NOT NULL DEFAULT 0,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- verdict: safe
CREATE TABLE countries (
    code CHAR(2) NOT NULL PRIMARY KEY,
    name VARCHAR(80) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- verdict: safe
CREATE TABLE orders (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT UNSIGNED NOT NULL,
    country_code CHAR(2) NULL,
    amount       DECIMAL(10,2) NOT NULL,
    created_at   DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- verdict: safe
CREATE TABLE legacy_notes (
    id   INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
