-- verdict: hazard table-copy
alter table `invoices` modify `total` decimal(12, 2) not null;
