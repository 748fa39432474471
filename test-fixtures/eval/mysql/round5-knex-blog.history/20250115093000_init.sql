-- fixture: --dialect mysql
-- knex migrate:latest (queries logged with DEBUG=knex:query)
-- verdict: safe
create table `users` (`id` int unsigned not null auto_increment primary key, `email` varchar(255) not null, `name` varchar(255), `created_at` datetime default CURRENT_TIMESTAMP);
-- verdict: safe
create table `posts` (`id` int unsigned not null auto_increment primary key, `user_id` int unsigned not null, `title` varchar(255) not null, `body` text, `published` boolean default '0', `created_at` datetime);
-- verdict: safe
alter table `posts` add index `posts_user_id_index`(`user_id`);
