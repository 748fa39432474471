-- a down step that holds only a comment declares the change irreversible: quiet
ALTER TABLE accounts ADD COLUMN name text;
