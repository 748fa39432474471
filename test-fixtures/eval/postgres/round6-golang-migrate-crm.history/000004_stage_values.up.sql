-- verdict: safe
ALTER TYPE lead_stage ADD VALUE IF NOT EXISTS 'contacted' AFTER 'new';
