-- fixture: --dialect mysql --select unique-index-on-uniform-column
ALTER TABLE `Post` ADD COLUMN `slug` VARCHAR(191) NOT NULL;
-- expect: unique-index-on-uniform-column
CREATE UNIQUE INDEX `Post_slug_key` ON `Post`(`slug`);
-- expect: unique-index-on-uniform-column
ALTER TABLE users ADD COLUMN referral_code VARCHAR(20) NOT NULL, ADD UNIQUE INDEX users_referral_code_key (referral_code);
ALTER TABLE orders ADD COLUMN external_ref INT NOT NULL DEFAULT 0;
-- expect: unique-index-on-uniform-column
ALTER TABLE orders ADD UNIQUE KEY orders_external_ref_key (external_ref);

ALTER TABLE devices ADD COLUMN public_id CHAR(36) NOT NULL DEFAULT (uuid());
CREATE UNIQUE INDEX devices_public_id_key ON devices (public_id);
ALTER TABLE `User` ADD COLUMN `phone` VARCHAR(32) NULL;
CREATE UNIQUE INDEX `User_phone_key` ON `User`(`phone`);
ALTER TABLE `User` ADD COLUMN `tenant` VARCHAR(32) NOT NULL DEFAULT 'main';
CREATE UNIQUE INDEX `User_email_tenant_key` ON `User`(`email`, `tenant`);
ALTER TABLE teams ADD COLUMN slug VARCHAR(64) NOT NULL DEFAULT '';
UPDATE teams SET slug = CONCAT('team-', id);
CREATE UNIQUE INDEX teams_slug_key ON teams (slug);
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN token VARCHAR(64) NOT NULL;
CREATE UNIQUE INDEX sessions_token_key ON sessions (token);
CREATE TABLE `Category` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));
ALTER TABLE `Category` ADD COLUMN `slug` VARCHAR(191) NOT NULL;
CREATE UNIQUE INDEX `Category_slug_key` ON `Category`(`slug`);
