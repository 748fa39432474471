-- fixture: --dialect mysql
-- verdict: safe
CREATE TABLE articles (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  author_id BIGINT NOT NULL,
  title VARCHAR(255) NOT NULL,
  body MEDIUMTEXT
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- verdict: safe
CREATE TABLE authors (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;
