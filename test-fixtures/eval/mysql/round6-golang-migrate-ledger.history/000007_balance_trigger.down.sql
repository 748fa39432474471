DROP TRIGGER IF EXISTS trg_entries_ai;
