-- fixture: --dialect mysql --select mysql-optimize-table
-- expect: mysql-optimize-table
OPTIMIZE TABLE audit_log;
ANALYZE TABLE audit_log;
