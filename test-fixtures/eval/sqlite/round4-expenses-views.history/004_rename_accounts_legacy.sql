-- verdict: safe
PRAGMA legacy_alter_table = ON;

-- Legacy mode leaves the trigger body naming "accounts": every INSERT into expenses now fails
-- with "no such table: main.accounts".
-- verdict: hazard rename-breaks-trigger
ALTER TABLE accounts RENAME TO wallets;

-- verdict: safe
PRAGMA legacy_alter_table = OFF;
