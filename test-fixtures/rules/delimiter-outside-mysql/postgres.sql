-- fixture: --select delimiter-outside-mysql,drop-table
-- expect: delimiter-outside-mysql
DELIMITER //

-- the statements after it are still split on ';' and linted
-- expect: drop-table
DROP TABLE users;

CREATE TABLE delimiters (delimiter text);
