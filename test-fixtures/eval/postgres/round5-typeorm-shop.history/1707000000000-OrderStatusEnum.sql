-- verdict: hazard data-loss
ALTER TABLE "public"."order" DROP COLUMN "status";
-- verdict: safe
CREATE TYPE "public"."order_status_enum" AS ENUM('pending', 'paid', 'shipped', 'cancelled');
-- verdict: safe
ALTER TABLE "public"."order" ADD "status" "public"."order_status_enum" NOT NULL DEFAULT 'pending';
