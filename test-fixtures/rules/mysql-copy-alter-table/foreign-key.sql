-- fixture: --dialect mysql --select mysql-copy-alter-table
-- expect: mysql-copy-alter-table
ALTER TABLE articles ADD CONSTRAINT articles_author_fk FOREIGN KEY (author_id) REFERENCES authors (id);

SET foreign_key_checks = 0;
ALTER TABLE comments ADD CONSTRAINT comments_post_fk FOREIGN KEY (post_id) REFERENCES posts (id);
SET foreign_key_checks = 1;

-- expect: mysql-copy-alter-table
alter table `likes` add constraint `likes_post_id_foreign` foreign key (`post_id`) references `posts` (`id`) on delete cascade;
