-- fixture: --dialect mysql --select mysql-not-null-column-without-default
-- expect: mysql-not-null-column-without-default
ALTER TABLE tickets ADD COLUMN assignee VARCHAR(100) NOT NULL;

-- expect: mysql-not-null-column-without-default
alter table `tickets` add `closed_by` bigint unsigned not null default null;

ALTER TABLE tickets ADD COLUMN team VARCHAR(100) NOT NULL DEFAULT 'support';
ALTER TABLE tickets ADD COLUMN note TEXT NULL;
ALTER TABLE tickets ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE;

CREATE TABLE labels (id bigint PRIMARY KEY);
ALTER TABLE labels ADD COLUMN name varchar(50) NOT NULL;
