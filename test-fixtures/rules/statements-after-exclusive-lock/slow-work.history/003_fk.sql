ALTER TABLE users ADD COLUMN team_id integer;
-- expect: statements-after-exclusive-lock
ALTER TABLE teams ADD CONSTRAINT teams_owner_fkey FOREIGN KEY (owner_id) REFERENCES users (id);
