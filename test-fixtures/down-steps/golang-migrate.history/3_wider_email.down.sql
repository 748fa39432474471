-- expect: column-type-change-rewrite (down)
ALTER TABLE accounts ALTER COLUMN email TYPE varchar(10);
