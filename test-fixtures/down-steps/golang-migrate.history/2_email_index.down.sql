-- expect: drop-index-without-concurrently (down)
DROP INDEX accounts_email;
