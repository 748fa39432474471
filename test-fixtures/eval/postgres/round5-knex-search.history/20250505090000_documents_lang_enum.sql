-- verdict: safe
set lock_timeout = '5s';
-- verdict: hazard check-validation
alter table "documents" add constraint "documents_lang_check" check ("lang" in ('en', 'de', 'fr'));
