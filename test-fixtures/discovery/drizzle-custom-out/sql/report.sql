SELECT count(*) FROM accounts;
