-- verdict: safe
ALTER TABLE `users` ADD COLUMN `nickname` varchar(64) NULL;

-- verdict: safe
ALTER TABLE `users` ADD COLUMN `is_admin` tinyint(1) NOT NULL DEFAULT 0, ALGORITHM=INSTANT;

-- verdict: safe
CREATE INDEX `users_nickname_index` ON `users` (`nickname`);

-- verdict: safe
ALTER TABLE `orders` ADD INDEX `orders_created_at_index` (`created_at`), ALGORITHM=INPLACE, LOCK=NONE;

-- verdict: safe
ALTER TABLE `users` ALTER COLUMN `is_admin` SET DEFAULT 1;
