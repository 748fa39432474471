-- A down step is linted as what it is: statements run against production during a rollback, against the schema as
-- its own up left it. What the up created is not new any more at rollback time: it has rows and readers.
CREATE TABLE accounts (id bigint PRIMARY KEY, email varchar(10));
