-- migrate:up
CREATE TABLE items (id bigint PRIMARY KEY);

-- migrate:down
DROP TABLE items;
