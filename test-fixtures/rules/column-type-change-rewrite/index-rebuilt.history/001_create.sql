-- fixture: --select column-type-change-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, a varchar(100), b varchar(100), c varchar(100), d varchar(100));
CREATE INDEX t_a ON t (a);
CREATE INDEX t_b ON t (b) WHERE b IS NOT NULL;
CREATE INDEX t_c ON t (lower(c));
CREATE UNIQUE INDEX t_d ON t (id) WHERE d <> '';
