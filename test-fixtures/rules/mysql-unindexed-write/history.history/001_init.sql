-- fixture: --dialect mysql --select mysql-unindexed-write
CREATE TABLE accounts (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(190) NOT NULL,
  status VARCHAR(20) NOT NULL,
  plan_id BIGINT,
  created_at DATETIME NOT NULL,
  note TEXT,
  UNIQUE KEY uq_email (email),
  KEY ix_created (created_at, status),
  CONSTRAINT fk_plan FOREIGN KEY (plan_id) REFERENCES plans (id)
) ENGINE=InnoDB;
CREATE TABLE events (id BIGINT PRIMARY KEY, kind VARCHAR(20), payload TEXT, at DATETIME);
