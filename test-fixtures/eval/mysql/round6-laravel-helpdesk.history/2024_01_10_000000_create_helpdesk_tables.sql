-- fixture: --dialect mysql
-- verdict: safe
create table `users` (`id` bigint unsigned not null auto_increment primary key, `name` varchar(255) not null, `email` varchar(191) not null, `phone` varchar(40) null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
-- verdict: safe
alter table `users` add unique `users_email_unique`(`email`);
-- verdict: safe
create table `tickets` (`id` bigint unsigned not null auto_increment primary key, `user_id` bigint unsigned not null, `subject` varchar(50) not null, `body` text not null, `status` enum('open', 'pending', 'closed') not null default 'open', `priority` tinyint not null default 0, `legacy_ref` varchar(100) null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
-- verdict: safe
alter table `tickets` add constraint `tickets_user_id_foreign` foreign key (`user_id`) references `users` (`id`);
-- verdict: safe
create table `replies` (`id` bigint unsigned not null auto_increment primary key, `ticket_id` bigint unsigned not null, `author_id` bigint unsigned null, `body` text not null, `internal` tinyint(1) not null default 0, `created_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
-- verdict: safe
alter table `replies` add index `replies_ticket_id_index`(`ticket_id`);
-- verdict: safe
create table `audit_log` (`id` bigint unsigned not null auto_increment primary key, `event` varchar(120) not null, `payload` json null, `created_at` timestamp null) default character set latin1;
