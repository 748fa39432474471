-- fixture: --dialect mysql --select mysql-copy-alter-table
CREATE TABLE invoices (
    id      INT NOT NULL AUTO_INCREMENT,
    state   ENUM('draft','sent','paid') NOT NULL DEFAULT 'draft',
    flags   SET('a','b','c','d','e','f','g','h') NOT NULL DEFAULT '',
    memo    VARCHAR(40) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
