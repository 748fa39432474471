-- fixture: --dialect sqlite --select sqlite-add-unique-column
-- expect: sqlite-add-unique-column
ALTER TABLE "Account" ADD COLUMN "externalId" TEXT UNIQUE;
-- expect: sqlite-add-unique-column
ALTER TABLE tags ADD COLUMN id INTEGER PRIMARY KEY;
CREATE TABLE logs (id INTEGER PRIMARY KEY, message TEXT);
-- expect: sqlite-add-unique-column
ALTER TABLE logs ADD COLUMN code TEXT UNIQUE;
ALTER TABLE "Account" ADD COLUMN "nickname" TEXT;
CREATE UNIQUE INDEX "Account_nickname_key" ON "Account"("nickname");
