-- verdict: safe
INSERT INTO settings (key, value) VALUES ('signup_enabled', 'true') ON CONFLICT (key) DO NOTHING;

-- verdict: safe
INSERT INTO countries (code, name) VALUES ('JP', 'Japan') ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name;

-- verdict: safe
UPDATE settings SET value = 'false' WHERE key = 'beta';

-- verdict: safe
DELETE FROM settings WHERE key = 'obsolete_flag';
