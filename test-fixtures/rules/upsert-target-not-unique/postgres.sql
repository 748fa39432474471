-- fixture: --select upsert-target-not-unique
CREATE TABLE stages (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, pipeline_id bigint NOT NULL, code text NOT NULL, position int NOT NULL);
CREATE TABLE feature_flags (name text PRIMARY KEY, enabled boolean NOT NULL DEFAULT false);
-- expect: upsert-target-not-unique
INSERT INTO stages (pipeline_id, code, position) VALUES (1, 'won', 9) ON CONFLICT (pipeline_id, code) DO UPDATE SET position = EXCLUDED.position;
ALTER TABLE stages ADD CONSTRAINT stages_pipeline_code_key UNIQUE (pipeline_id, code);
INSERT INTO stages (pipeline_id, code, position) VALUES (1, 'won', 9) ON CONFLICT (code, pipeline_id) DO UPDATE SET position = EXCLUDED.position;
INSERT INTO feature_flags (name, enabled) VALUES ('new_checkout', true) ON CONFLICT (name) DO NOTHING;
INSERT INTO feature_flags (name, enabled) VALUES ('new_checkout', true) ON CONFLICT ON CONSTRAINT feature_flags_pkey DO NOTHING;
INSERT INTO stages (pipeline_id, code, position) VALUES (1, 'lost', 10) ON CONFLICT (lower(code), pipeline_id) DO NOTHING;
-- expect: upsert-target-not-unique
INSERT INTO feature_flags (name, enabled) VALUES ('beta', false) ON CONFLICT (enabled) DO NOTHING;
