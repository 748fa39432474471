ALTER TABLE billing."Accounts" RENAME COLUMN "EmailAddress" TO "Email";
