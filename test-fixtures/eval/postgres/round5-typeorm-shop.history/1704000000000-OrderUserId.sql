-- verdict: safe
SET LOCAL lock_timeout = '4s';
-- verdict: safe
ALTER TABLE "public"."order" ADD "user_id" uuid;
-- verdict: safe
ALTER TABLE "public"."order" ADD CONSTRAINT "FK_199e32a02ddc0f47cd93181d8fd" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION NOT VALID;
