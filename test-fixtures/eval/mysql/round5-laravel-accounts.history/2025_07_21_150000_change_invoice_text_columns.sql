-- verdict: safe
alter table `invoices` modify `notes` varchar(255) null;
-- verdict: hazard varchar-length-prefix-copy
alter table `invoices` modify `status` varchar(80) not null default 'draft';
