ALTER TYPE lead_stage RENAME VALUE 'closed_lost' TO 'lost';
