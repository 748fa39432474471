-- fixture: --select invalid-suppression,syntax-error
-- expect: invalid-suppression, syntax-error
-- miglint:ignore syntax-eror -- typo in the id
CREAT TABLE accounts (id bigint);

-- miglint:ignore syntax-error
CREAT TABLE accounts (id bigint);
