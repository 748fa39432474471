-- expect: drop-index-without-concurrently
DROP INDEX sessions_token_idx;
