-- verdict: safe
CREATE INDEX CONCURRENTLY cart_items_cart_idx ON cart_items (cart_id);

-- verdict: safe
COMMENT ON COLUMN carts.coupon IS 'Promotion code entered at checkout';

-- verdict: safe
INSERT INTO carts (user_id, note) VALUES (NULL, 'probe');
