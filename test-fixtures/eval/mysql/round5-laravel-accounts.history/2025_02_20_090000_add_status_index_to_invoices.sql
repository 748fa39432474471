-- verdict: safe
alter table `invoices` add index `invoices_status_index`(`status`);
