-- verdict: safe
create or replace view deal_totals as
    select contact_id, sum(amount) as total from deals group by contact_id;
