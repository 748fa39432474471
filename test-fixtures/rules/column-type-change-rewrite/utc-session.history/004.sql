SELECT set_config('timezone', 'UTC', false);
ALTER TABLE sessions ALTER COLUMN ended_at TYPE timestamptz;
