DROP FUNCTION IF EXISTS diesel_set_updated_at();
