-- verdict: safe
ALTER TABLE order_events ADD COLUMN event_type VARCHAR(64) AS (JSON_UNQUOTE(JSON_EXTRACT(payload, '$.type'))) VIRTUAL, ALGORITHM=INSTANT;

-- verdict: safe
ALTER TABLE order_events ADD INDEX idx_order_events_event_type (event_type), ALGORITHM=INPLACE, LOCK=NONE;
