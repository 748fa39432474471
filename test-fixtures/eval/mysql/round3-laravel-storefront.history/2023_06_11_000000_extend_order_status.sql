-- Appending a member at the end: metadata only (INSTANT).
-- verdict: safe
alter table `orders` modify `status` enum('pending', 'paid', 'shipped', 'refunded') not null default 'pending';

-- Inserting a member in the middle renumbers the stored values: table copy.
-- verdict: hazard table-copy
alter table `orders` modify `status` enum('pending', 'authorized', 'paid', 'shipped', 'refunded') not null default 'pending';

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_06_11_000000_extend_order_status', 6);
