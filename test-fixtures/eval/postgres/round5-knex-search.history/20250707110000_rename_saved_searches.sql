-- verdict: safe
set lock_timeout = '5s';
-- verdict: hazard rename-table
alter table "saved_searches" rename to "search_queries";
