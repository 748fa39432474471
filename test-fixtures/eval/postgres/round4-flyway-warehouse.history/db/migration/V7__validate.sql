-- verdict: safe
ALTER TABLE pick_lists VALIDATE CONSTRAINT pick_lists_stock_item_fk;

-- verdict: safe
ALTER TABLE stock_items VALIDATE CONSTRAINT stock_items_lost_nonneg;
