-- fixture: --select identity-sequence-collision
CREATE TABLE orders (id integer PRIMARY KEY, customer_ref text NOT NULL);
CREATE TABLE line_items (id integer NOT NULL, order_id integer NOT NULL);
CREATE TABLE shipments (id integer PRIMARY KEY, carrier text);
CREATE TABLE returns (id integer PRIMARY KEY);
