-- +goose NO TRANSACTION
-- +goose Up
-- verdict: safe
VACUUM (ANALYZE) posts;

-- verdict: safe
ANALYZE users;

-- +goose Down
SELECT 1;
