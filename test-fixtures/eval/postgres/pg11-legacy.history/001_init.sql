-- fixture: --pg-version 11
-- verdict: safe
CREATE TYPE shipment_state AS ENUM ('created', 'in_transit', 'delivered');

-- verdict: safe
CREATE TABLE shipments (
    id          serial PRIMARY KEY,
    tracking    varchar(40),
    state       shipment_state NOT NULL DEFAULT 'created',
    carrier     text
);
