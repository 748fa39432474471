-- verdict: safe
alter table `invoices` drop foreign key `invoices_account_id_foreign`;
-- verdict: hazard fk-table-copy
alter table `invoices` add constraint `invoices_account_id_foreign` foreign key (`account_id`) references `accounts` (`id`) on delete cascade;
