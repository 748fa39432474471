DROP INDEX IF EXISTS payments_state_idx;
