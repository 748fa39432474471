-- verdict: safe
alter table `invoices` add `paid_at` timestamp null, add `currency` char(3) not null default 'USD';
