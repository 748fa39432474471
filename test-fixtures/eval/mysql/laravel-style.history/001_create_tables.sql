-- fixture: --dialect mysql
-- verdict: safe
create table `posts` (`id` bigint unsigned not null auto_increment primary key, `title` varchar(255) not null, `user_id` bigint unsigned not null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

-- verdict: safe
alter table `posts` add index `posts_user_id_index`(`user_id`);

-- verdict: safe
create table `comments` (`id` bigint unsigned not null auto_increment primary key, `post_id` bigint unsigned not null, `body` text not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
