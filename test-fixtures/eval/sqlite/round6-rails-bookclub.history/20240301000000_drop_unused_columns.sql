-- verdict: hazard data-loss
ALTER TABLE "members" DROP COLUMN "nickname";
-- verdict: hazard drop-indexed-column
ALTER TABLE "books" DROP COLUMN "isbn";
-- verdict: hazard drop-column-used-by-view
ALTER TABLE "loans" DROP COLUMN "returned_at";
-- verdict: safe
DROP INDEX "index_books_on_isbn";
-- verdict: hazard drop-unique-column
ALTER TABLE "members" DROP COLUMN "email";
