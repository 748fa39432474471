-- fixture: --dialect mysql --select mysql-fulltext-index
-- expect: mysql-fulltext-index
CREATE FULLTEXT INDEX ft_articles ON articles (title, body);
-- expect: mysql-fulltext-index
ALTER TABLE logs ADD FULLTEXT INDEX ix_logs_message (message);
CREATE INDEX ix_articles_title ON articles (title);
CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT);
CREATE FULLTEXT INDEX ft_notes ON notes (body);
CREATE TABLE docs (id BIGINT PRIMARY KEY, body TEXT, FULLTEXT ft_docs (body));
