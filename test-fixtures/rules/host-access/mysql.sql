-- fixture: --select host-access --dialect mysql
-- expect: host-access
LOAD DATA INFILE '/tmp/users.csv' INTO TABLE users;

-- expect: host-access
SELECT * FROM users INTO OUTFILE '/tmp/users.csv';

-- expect: host-access
INSERT INTO blobs (data) VALUES (LOAD_FILE('/etc/passwd'));

INSERT INTO notes (body) VALUES ('LOAD DATA INFILE');
SELECT id INTO @last FROM users LIMIT 1;
