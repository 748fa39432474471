-- expect: drop-index-without-concurrently (down)
DROP INDEX invoices_total;
