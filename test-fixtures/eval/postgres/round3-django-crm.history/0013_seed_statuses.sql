-- verdict: safe
BEGIN;
--
-- Create model TicketStatus
--
-- verdict: safe
CREATE TABLE "crm_ticketstatus" ("code" varchar(20) NOT NULL PRIMARY KEY, "label" varchar(100) NOT NULL);
-- verdict: safe
CREATE INDEX "crm_ticketstatus_code_7b8c9d0e_like" ON "crm_ticketstatus" ("code" varchar_pattern_ops);
--
-- Raw SQL operation
--
-- verdict: safe
INSERT INTO "crm_ticketstatus" ("code", "label") VALUES ('open', 'Open'), ('pending', 'Pending'), ('closed', 'Closed');
-- verdict: safe
COMMIT;
