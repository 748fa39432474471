-- fixture: --dialect mysql --select mysql-fulltext-index
-- expect: mysql-fulltext-index
CREATE FULLTEXT INDEX ft_articles ON articles (title, body);
-- expect: mysql-fulltext-index
ALTER TABLE logs ADD FULLTEXT INDEX ix_logs_message (message);
CREATE INDEX ix_articles_title ON articles (title);
CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT);
CREATE FULLTEXT INDEX ft_notes ON notes (body);
CREATE TABLE docs (id BIGINT PRIMARY KEY, body TEXT, FULLTEXT ft_docs (body));
-- expect: mysql-fulltext-index
ALTER TABLE stores ADD SPATIAL INDEX idx_stores_location (location);
-- expect: mysql-fulltext-index
CREATE SPATIAL INDEX idx_deliveries_route ON deliveries (route);
CREATE TABLE depots (id BIGINT PRIMARY KEY, location POINT NOT NULL SRID 4326);
ALTER TABLE depots ADD SPATIAL INDEX idx_depots_location (location);
ALTER TABLE stores ADD INDEX idx_stores_city (city), ALGORITHM=INPLACE, LOCK=NONE;
