UPDATE "User" SET "name" = "email";
