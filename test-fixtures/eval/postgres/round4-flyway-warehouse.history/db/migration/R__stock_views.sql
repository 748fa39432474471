-- verdict: safe
CREATE OR REPLACE VIEW stock_by_warehouse AS
    SELECT w.code, s.sku, s.quantity
    FROM stock_items s JOIN warehouses w ON w.id = s.warehouse_id;
