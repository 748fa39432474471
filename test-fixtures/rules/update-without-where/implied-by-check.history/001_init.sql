-- fixture: --select update-without-where,delete-without-where
CREATE DOMAIN posint AS int CHECK (VALUE >= 0);
CREATE TABLE stock (id bigint PRIMARY KEY, qty posint, price numeric(10,2) CHECK (price >= 0), weight int,
    CONSTRAINT stock_weight_cap CHECK (1000 > weight));
ALTER TABLE stock ADD CONSTRAINT stock_late CHECK (weight < 500) NOT VALID;
