-- DropIndex
-- verdict: safe
DROP INDEX `User_email_key` ON `User`;

-- CreateIndex
-- verdict: safe
CREATE UNIQUE INDEX `User_email_displayName_key` ON `User`(`email`, `displayName`);
