-- Succeeds (implicit '' for existing rows) but the running release's INSERTs omit it: strict mode rejects them.
-- verdict: hazard not-null-without-default
alter table `orders` add `tracking_number` varchar(64) not null;

-- verdict: safe
alter table `orders` add `shipped_at` timestamp null;

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_05_20_000000_add_tracking_to_orders', 5);
