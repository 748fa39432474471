-- fixture: --dialect mysql --select range-write-in-one-statement
CREATE TABLE sessions (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, last_seen DATETIME NOT NULL, KEY sessions_last_seen (last_seen));
