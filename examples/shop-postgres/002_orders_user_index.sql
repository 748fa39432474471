-- orders is live now: this build blocks every INSERT, UPDATE and DELETE until it finishes.
CREATE INDEX idx_orders_user ON orders (user_id);
