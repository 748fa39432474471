-- verdict: safe
VACUUM (VERBOSE, ANALYZE) catalog.products;

-- verdict: safe
INSERT INTO catalog.categories (name, slug) VALUES ('Gift cards', 'gift-cards') ON CONFLICT (slug) DO NOTHING;
