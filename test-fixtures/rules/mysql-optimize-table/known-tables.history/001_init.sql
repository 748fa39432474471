-- fixture: --dialect mysql --select mysql-optimize-table
CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT) ENGINE=InnoDB;
CREATE TABLE articles (id BIGINT PRIMARY KEY, body TEXT, FULLTEXT KEY ft_body (body)) ENGINE=InnoDB;
CREATE TABLE posts (id BIGINT PRIMARY KEY, title VARCHAR(200));
CREATE FULLTEXT INDEX ft_title ON posts (title);
CREATE TABLE legacy_hits (id BIGINT PRIMARY KEY) ENGINE=MyISAM;
CREATE TABLE comments (id BIGINT PRIMARY KEY, body TEXT);
ALTER TABLE comments ADD FULLTEXT INDEX ft_comment (body);
