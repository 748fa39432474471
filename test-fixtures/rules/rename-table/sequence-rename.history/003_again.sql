-- the renamed sequence is still a sequence; the tables are still tables
ALTER TABLE "promo_codes_id_seq" RENAME TO "coupons_id_seq";
ALTER TABLE old_points_id_seq RENAME TO points_id_seq;
-- expect: rename-table
ALTER TABLE "legacy_points" RENAME TO "points";
