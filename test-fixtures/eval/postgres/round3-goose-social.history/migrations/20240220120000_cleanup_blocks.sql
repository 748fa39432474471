-- +goose Up
-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard data-loss
DROP TABLE blocks;

-- PG 14+: only affects newly written values, no rewrite.
-- verdict: safe
ALTER TABLE posts ALTER COLUMN body SET COMPRESSION lz4;

-- verdict: safe
ALTER TABLE posts SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.01);

-- +goose Down
ALTER TABLE posts RESET (autovacuum_vacuum_scale_factor, autovacuum_analyze_scale_factor);
