-- fixture: --select rename-table
-- expect: rename-table
ALTER TABLE customers SET SCHEMA archive;

-- expect: rename-table
ALTER TABLE IF EXISTS public."LegacyOrders" SET SCHEMA "Archive";

CREATE TABLE staging_rows (id bigint PRIMARY KEY);
ALTER TABLE staging_rows SET SCHEMA etl;
