-- expect: mysql-table-rebuild
ALTER TABLE tickets MODIFY priority INT NOT NULL;

-- already NOT NULL: restating it rebuilds nothing
ALTER TABLE tickets MODIFY title varchar(200) NOT NULL;

-- a primary key over a column that is already NOT NULL: in place, with concurrent DML
ALTER TABLE audit_rows ADD PRIMARY KEY (event_id), ALGORITHM=INPLACE, LOCK=NONE;

-- FORCE and ENGINE= rebuild in place with concurrent DML: only replica lag, not a warning
ALTER TABLE tickets FORCE;
ALTER TABLE tickets ENGINE=InnoDB, ALGORITHM=INPLACE, LOCK=NONE;

-- replacing the primary key in one statement is an in-place rebuild with concurrent DML too
ALTER TABLE tickets DROP PRIMARY KEY, ADD PRIMARY KEY (id, title);

-- expect: mysql-table-rebuild
ALTER TABLE audit_rows MODIFY payload json NOT NULL;
