-- verdict: safe
ALTER TYPE ticket_state ADD VALUE 'escalated';

-- verdict: hazard enum-value-in-transaction
INSERT INTO tickets (title, state) VALUES ('escalation probe', 'escalated');
