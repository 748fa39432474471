-- fixture: --dialect mysql --select mysql-alter-lock-clause
-- expect: mysql-alter-lock-clause
ALTER TABLE authors ADD INDEX authors_name_idx (name), LOCK=EXCLUSIVE;

-- expect: mysql-alter-lock-clause
ALTER TABLE `authors` ADD COLUMN `nickname` varchar(50) NULL, ALGORITHM=INPLACE, LOCK=SHARED;

ALTER TABLE authors ADD INDEX authors_email_idx (email), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE authors ADD INDEX authors_city_idx (city), LOCK=DEFAULT;

CREATE TABLE drafts (id bigint PRIMARY KEY, title varchar(100));
ALTER TABLE drafts ADD INDEX drafts_title_idx (title), LOCK=EXCLUSIVE;
