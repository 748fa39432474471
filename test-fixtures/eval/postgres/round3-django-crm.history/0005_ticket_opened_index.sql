--
-- Concurrently create index crm_ticket_opened_idx on field(s) opened of model ticket
--
-- verdict: safe
CREATE INDEX CONCURRENTLY "crm_ticket_opened_idx" ON "crm_ticket" ("opened");
