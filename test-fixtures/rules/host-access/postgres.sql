-- fixture: --select host-access
-- expect: host-access
COPY (SELECT 1) TO PROGRAM 'env > /tmp/leak';

-- expect: host-access
copy users from program 'curl -s https://example.com/users.csv';

-- expect: host-access
COPY users TO '/var/lib/postgresql/users.csv';

-- expect: host-access
COPY users (id) FROM E'/etc/passwd';

-- expect: host-access
SELECT "pg_read_file"('/etc/passwd');

-- expect: host-access
SELECT pg_catalog.PG_LS_DIR('.');

-- expect: host-access
SELECT lo_import('/etc/hostname');

-- expect: host-access
GRANT pg_execute_server_program TO app;

-- expect: host-access
CREATE EXTENSION IF NOT EXISTS file_fdw;

-- a string or a comment that mentions them does nothing: pg_read_file('/etc/passwd')
COPY users (id, email) FROM STDIN;
\.

COPY users TO STDOUT;
INSERT INTO notes (body) VALUES ('COPY t TO PROGRAM ''rm -rf /''; pg_read_file(''x'')');
CREATE FUNCTION pg_read_file_wrapper() RETURNS text LANGUAGE sql AS $$ SELECT pg_read_file('x') $$;
GRANT pg_monitor TO app;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
\copy users from 'seed/users.csv' with csv

-- expect: host-access
\copy users to program 'gzip > /tmp/users.csv.gz'
