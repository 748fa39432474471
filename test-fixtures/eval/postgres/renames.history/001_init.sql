-- verdict: safe
CREATE TABLE customers (id serial PRIMARY KEY, fullname text NOT NULL, email text);

-- verdict: safe
CREATE INDEX customers_email_idx ON customers (email);

-- verdict: safe
CREATE TABLE line_items (id serial PRIMARY KEY, customer_id integer NOT NULL, qty integer NOT NULL);
