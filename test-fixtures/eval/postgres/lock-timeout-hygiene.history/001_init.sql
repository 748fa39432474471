-- verdict: safe
CREATE TABLE carts (id bigserial PRIMARY KEY, user_id bigint, note text);

-- verdict: safe
CREATE TABLE cart_items (id bigserial PRIMARY KEY, cart_id bigint NOT NULL, sku text NOT NULL, qty integer NOT NULL DEFAULT 1);
