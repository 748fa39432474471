-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard unique-under-lock
ALTER TABLE accounts ADD CONSTRAINT accounts_handle_key UNIQUE (handle);

-- verdict: hazard unique-under-lock
ALTER TABLE sessions ADD PRIMARY KEY (id);
