DROP TABLE leads; DROP TABLE companies; DROP TYPE lead_stage;
