-- expect: mysql-table-rebuild
ALTER TABLE tickets MODIFY priority INT NOT NULL;

-- already NOT NULL: restating it rebuilds nothing
ALTER TABLE tickets MODIFY title varchar(200) NOT NULL;

-- expect: mysql-table-rebuild
ALTER TABLE audit_rows ADD PRIMARY KEY (event_id);
