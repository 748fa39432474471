-- verdict: safe
alter table `invoices` add unique `invoices_number_unique`(`number`);
