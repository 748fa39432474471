-- verdict: safe
SET LOCAL lock_timeout = '4s';
-- verdict: hazard set-not-null-scan
ALTER TABLE "public"."order" ALTER COLUMN "user_id" SET NOT NULL;
-- verdict: safe
ALTER TABLE "public"."order" DROP CONSTRAINT "FK_199e32a02ddc0f47cd93181d8fd";
-- verdict: hazard fk-validation
ALTER TABLE "public"."order" ADD CONSTRAINT "FK_199e32a02ddc0f47cd93181d8fd" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
