-- verdict: safe
CREATE TABLE gadget (id serial PRIMARY KEY, code text);

-- verdict: safe
CREATE UNIQUE INDEX gadget_code_key ON gadget (code);

-- verdict: safe
ALTER TABLE gadget ALTER COLUMN code SET NOT NULL;

-- verdict: safe
ALTER TABLE gadget ADD CONSTRAINT gadget_code_uniq UNIQUE USING INDEX gadget_code_key;
