-- verdict: safe
alter table `tickets` modify `status` enum('open', 'pending', 'closed', 'spam') not null default 'open';
-- verdict: hazard table-copy
alter table `tickets` modify `status` enum('new', 'open', 'pending', 'closed', 'spam') not null default 'open';
-- verdict: hazard type-change
alter table `tickets` modify `priority` smallint not null default 1;
