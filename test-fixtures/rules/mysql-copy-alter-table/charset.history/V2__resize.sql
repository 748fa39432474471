-- latin1: 200 -> 250 bytes stays under 256
ALTER TABLE legacy_notes MODIFY body VARCHAR(250) NOT NULL;
-- expect: mysql-copy-alter-table
ALTER TABLE legacy_notes MODIFY body VARCHAR(300) NOT NULL;
ALTER TABLE cities MODIFY name VARCHAR(255) NOT NULL;
ALTER TABLE accounts MODIFY code VARCHAR(200) CHARACTER SET ascii NOT NULL;
-- expect: mysql-copy-alter-table
ALTER TABLE accounts MODIFY code VARCHAR(200) NOT NULL;
-- utf8mb3: 80 * 3 = 240 bytes; 90 * 3 = 270
ALTER TABLE tags MODIFY name VARCHAR(80) NOT NULL;
-- expect: mysql-copy-alter-table
ALTER TABLE tags MODIFY name VARCHAR(90) NOT NULL;
-- only the default for new columns changes; email keeps utf8mb4
ALTER TABLE accounts DEFAULT CHARSET=latin1;
ALTER TABLE accounts ADD COLUMN note VARCHAR(200) NULL;
ALTER TABLE accounts MODIFY note VARCHAR(250) NULL;
ALTER TABLE accounts MODIFY email VARCHAR(60) CHARACTER SET utf8mb4 NOT NULL;
-- expect: mysql-copy-alter-table
ALTER TABLE legacy_notes CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
-- title is utf8mb4 now: 60 * 4 = 240 bytes; 70 * 4 = 280
-- expect: mysql-copy-alter-table
ALTER TABLE legacy_notes MODIFY title VARCHAR(70) NOT NULL;
