-- verdict: safe
ALTER TABLE "public"."order" VALIDATE CONSTRAINT "FK_199e32a02ddc0f47cd93181d8fd";
