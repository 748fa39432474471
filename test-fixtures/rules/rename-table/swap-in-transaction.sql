-- fixture: --select rename-table
-- A rebuilt copy swapped in within one transaction: readers see the old or the new events table.
BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE events RENAME TO events_old;
ALTER TABLE events_rebuilt RENAME TO events;
COMMIT;

-- Split over two transactions the name is missing in between.
BEGIN;
-- expect: rename-table
ALTER TABLE audit_log RENAME TO audit_log_old;
COMMIT;
-- expect: rename-table
ALTER TABLE audit_log_rebuilt RENAME TO audit_log;
