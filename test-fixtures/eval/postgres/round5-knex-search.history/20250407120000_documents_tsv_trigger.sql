-- verdict: safe
set lock_timeout = '5s';
-- verdict: safe
create or replace function documents_tsv_update() returns trigger language plpgsql as $$
begin
  new.tsv := to_tsvector('simple', coalesce(new.title, '') || ' ' || coalesce(new.body, ''));
  return new;
end
$$;
-- verdict: safe
create trigger "documents_tsv_trigger" before insert or update on "documents" for each row execute function documents_tsv_update();
