-- fixture: --dialect mysql --select mysql-unsupported-algorithm
CREATE TABLE articles (id BIGINT PRIMARY KEY, body TEXT, FULLTEXT KEY ft_body (body)) ENGINE=InnoDB;
CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT) ENGINE=InnoDB;
CREATE TABLE legacy_hits (id BIGINT PRIMARY KEY) ENGINE=MyISAM;
