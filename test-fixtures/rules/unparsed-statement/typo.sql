-- fixture: --select unparsed-statement
-- expect: unparsed-statement
CREAT TABLE accounts (id bigint);

CREATE TABLE accounts (id bigint);

-- miglint:ignore unparsed-statement -- reviewed: vendor extension
FROBNICATE accounts;
