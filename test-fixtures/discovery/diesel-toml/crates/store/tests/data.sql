INSERT INTO posts (title) VALUES ('x');
