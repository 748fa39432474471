-- fixture: --dialect sqlite
-- knex migrate:latest against the desktop app's local database (DEBUG=knex:query)
-- verdict: safe
create table `feature_flags` (`id` integer not null primary key autoincrement, `key` varchar(255) not null, `enabled` boolean not null default '0', `created_at` datetime default CURRENT_TIMESTAMP);
-- verdict: safe
create unique index `feature_flags_key_unique` on `feature_flags` (`key`);
-- verdict: safe
create table `audit_log` (`id` integer not null primary key autoincrement, `action` varchar(255) not null, `actor` varchar(255), `created_at` datetime default CURRENT_TIMESTAMP);
