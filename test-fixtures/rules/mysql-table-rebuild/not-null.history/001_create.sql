-- fixture: --dialect mysql --select mysql-table-rebuild
CREATE TABLE tickets (
  id bigint NOT NULL AUTO_INCREMENT,
  priority int NULL,
  title varchar(200) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE TABLE audit_rows (event_id bigint NOT NULL, payload json);
