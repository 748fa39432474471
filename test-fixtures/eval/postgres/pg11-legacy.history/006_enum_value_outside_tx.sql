-- verdict: safe
ALTER TYPE shipment_state ADD VALUE IF NOT EXISTS 'lost';
