-- fixture: --select rename-schema
-- expect: rename-schema
ALTER SCHEMA billing RENAME TO invoicing;

CREATE SCHEMA tmp_import;
ALTER SCHEMA tmp_import RENAME TO import;
CREATE SCHEMA IF NOT EXISTS invoicing;
