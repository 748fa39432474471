-- fixture: --dialect mysql
-- golang-migrate, mysql driver (multiStatements=true), MySQL 8.0.34
-- verdict: safe
CREATE TABLE users (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    password_hash CHAR(60) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY users_email_uq (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- verdict: safe
CREATE TABLE sessions (
    id CHAR(36) NOT NULL PRIMARY KEY,
    user_id BIGINT UNSIGNED NOT NULL,
    ip VARCHAR(45) NULL,
    last_seen TIMESTAMP NULL,
    payload TEXT,
    KEY sessions_user_idx (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- verdict: safe
CREATE TABLE audit_log (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT UNSIGNED NULL,
    action VARCHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    KEY audit_log_created_idx (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
