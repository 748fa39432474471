-- verdict: safe
CREATE TYPE order_status AS ENUM ('pending', 'paid');

-- verdict: safe
CREATE TABLE orders (
    id       bigserial PRIMARY KEY,
    status   order_status NOT NULL DEFAULT 'pending',
    amount   integer NOT NULL
);
