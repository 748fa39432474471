-- verdict: hazard missing-lock-timeout
alter table deals alter column stage set default 'lead';
-- verdict: safe
update deals set stage = 'lead' where id = 1;
