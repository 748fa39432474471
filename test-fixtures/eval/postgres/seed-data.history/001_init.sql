-- verdict: safe
CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL);

-- verdict: safe
CREATE TABLE settings (key text PRIMARY KEY, value text);

-- verdict: safe
INSERT INTO countries (code, name) VALUES ('US', 'United States'), ('DE', 'Germany'), ('FR', 'France');

-- verdict: safe
INSERT INTO settings (key, value) VALUES ('beta', 'true'), ('obsolete_flag', '1');
