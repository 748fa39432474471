-- Adding an AUTO_INCREMENT column rebuilds the table and does not permit concurrent DML.
-- verdict: hazard auto-increment-blocks-writes
ALTER TABLE price_history ADD COLUMN id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;

-- Adding a primary key on existing NOT NULL columns: in-place rebuild with concurrent DML.
-- verdict: safe
ALTER TABLE click_log ADD PRIMARY KEY (session_id, product_id, clicked_at), ALGORITHM=INPLACE, LOCK=NONE;
