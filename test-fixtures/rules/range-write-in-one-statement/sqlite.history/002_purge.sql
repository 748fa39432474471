-- SQLite is left out: small databases, one write lock either way
DELETE FROM readings WHERE taken_at < 1700000000;
