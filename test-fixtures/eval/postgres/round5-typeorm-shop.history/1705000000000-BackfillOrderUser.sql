-- verdict: hazard unbatched-backfill
UPDATE "public"."order" SET "user_id" = (SELECT "u"."id" FROM "public"."app_user" "u" WHERE "u"."email" = "order"."user_email");
