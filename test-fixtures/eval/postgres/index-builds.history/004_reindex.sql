-- verdict: hazard blocking-reindex
REINDEX INDEX users_email_lower_uidx;

-- verdict: safe
REINDEX INDEX CONCURRENTLY events_user_idx;

-- verdict: hazard blocking-reindex
REINDEX TABLE events;

-- verdict: safe
REINDEX TABLE CONCURRENTLY users;
