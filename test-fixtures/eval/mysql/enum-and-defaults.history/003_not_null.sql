-- verdict: hazard set-not-null-rebuild
ALTER TABLE tickets MODIFY priority INT NOT NULL;

-- verdict: hazard breaks-running-app
ALTER TABLE tickets ADD COLUMN assignee VARCHAR(100) NOT NULL;

-- verdict: safe
ALTER TABLE tickets ADD COLUMN team VARCHAR(100) NOT NULL DEFAULT 'support';
