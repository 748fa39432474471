-- Rails' rename_table renames the table, then its sequence (with ALTER TABLE) and its indexes.
BEGIN;
SET lock_timeout TO '10s';
-- expect: rename-table
ALTER TABLE "vouchers" RENAME TO "promo_codes";
ALTER TABLE "public"."vouchers_id_seq" RENAME TO "promo_codes_id_seq";
ALTER TABLE "gift_cards_id_seq" RENAME TO "stored_value_id_seq";
ALTER TABLE invoice_number_seq RENAME TO invoice_no_seq;
ALTER SEQUENCE legacy_points_id_seq RENAME TO old_points_id_seq;
COMMIT;
