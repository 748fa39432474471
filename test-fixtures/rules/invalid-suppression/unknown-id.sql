-- fixture: --select invalid-suppression,unparsed-statement
-- expect: invalid-suppression, unparsed-statement
-- miglint:ignore unparsed-statment -- typo in the id
CREAT TABLE accounts (id bigint);

-- miglint:ignore unparsed-statement
CREAT TABLE accounts (id bigint);
