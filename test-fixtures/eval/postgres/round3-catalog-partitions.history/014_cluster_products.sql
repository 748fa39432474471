-- verdict: hazard table-rewrite-lock
CLUSTER catalog.products USING products_sku_key;
