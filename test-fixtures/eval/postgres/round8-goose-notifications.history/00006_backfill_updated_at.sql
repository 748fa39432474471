-- +goose NO TRANSACTION
-- +goose Up
-- +goose StatementBegin
-- verdict: safe
CREATE PROCEDURE backfill_notifications_updated_at(batch_size integer)
LANGUAGE plpgsql AS $$
DECLARE
    last_id bigint := 0;
    max_id  bigint;
BEGIN
    SELECT coalesce(max(id), 0) INTO max_id FROM notifications;
    WHILE last_id < max_id LOOP
        UPDATE notifications
           SET updated_at = coalesce(sent_at, created_at)
         WHERE id > last_id AND id <= last_id + batch_size
           AND updated_at IS NULL;
        last_id := last_id + batch_size;
        COMMIT;
    END LOOP;
END;
$$;
-- +goose StatementEnd

-- verdict: safe
CALL backfill_notifications_updated_at(5000);

-- verdict: safe
DROP PROCEDURE backfill_notifications_updated_at(integer);

-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS notifications_pending_created_at_idx ON notifications (created_at) WHERE status = 'pending';

-- +goose Down
