-- fixture: --dialect mysql
-- php artisan migrate --pretend
-- verdict: safe
create table `accounts` (`id` bigint unsigned not null auto_increment primary key, `name` varchar(255) not null, `email` varchar(255) not null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
-- verdict: safe
alter table `accounts` add unique `accounts_email_unique`(`email`);
-- verdict: safe
create table `invoices` (`id` bigint unsigned not null auto_increment primary key, `account_id` bigint unsigned not null, `number` varchar(32) not null, `total` decimal(10, 2) not null, `status` varchar(20) not null default 'draft', `notes` varchar(100) null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
-- verdict: safe
alter table `invoices` add constraint `invoices_account_id_foreign` foreign key (`account_id`) references `accounts` (`id`);
-- verdict: safe
create table `audit_logs` (`id` bigint unsigned not null auto_increment primary key, `account_id` bigint unsigned null, `event` varchar(64) not null, `payload` json null, `created_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
