-- verdict: hazard table-copy
ALTER TABLE `orders` MODIFY COLUMN `id` bigint NOT NULL AUTO_INCREMENT;

-- verdict: hazard table-copy
ALTER TABLE `orders` MODIFY `amount` decimal(12,2) NOT NULL;

-- verdict: hazard table-copy
ALTER TABLE `users` MODIFY COLUMN `bio` varchar(128) DEFAULT NULL;

-- verdict: safe
ALTER TABLE `users` MODIFY COLUMN `name` varchar(200) DEFAULT NULL, ALGORITHM=INPLACE, LOCK=NONE;
