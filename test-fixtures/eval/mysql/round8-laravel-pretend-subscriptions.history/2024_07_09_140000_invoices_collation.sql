-- 2024_07_09_140000_convert_invoices_to_utf8mb4_0900
-- verdict: hazard table-rewrite
alter table `invoices` convert to character set utf8mb4 collate 'utf8mb4_0900_ai_ci';
