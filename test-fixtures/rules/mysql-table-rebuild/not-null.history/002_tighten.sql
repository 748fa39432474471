-- expect: mysql-table-rebuild
ALTER TABLE tickets MODIFY priority INT NOT NULL;

-- already NOT NULL: restating it rebuilds nothing
ALTER TABLE tickets MODIFY title varchar(200) NOT NULL;

-- a primary key over a column that is already NOT NULL: in place, with concurrent DML
ALTER TABLE audit_rows ADD PRIMARY KEY (event_id), ALGORITHM=INPLACE, LOCK=NONE;

-- expect: mysql-table-rebuild
ALTER TABLE tickets FORCE;

-- replacing the primary key changes the clustering key: every index is rebuilt
-- expect: mysql-table-rebuild
ALTER TABLE tickets DROP PRIMARY KEY, ADD PRIMARY KEY (id, title);
