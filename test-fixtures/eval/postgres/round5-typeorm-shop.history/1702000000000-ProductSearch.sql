-- verdict: hazard table-rewrite
ALTER TABLE "public"."product" ADD "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("description", ''))) STORED;
-- verdict: hazard index-without-concurrently
CREATE INDEX "IDX_7f3c1e2a9b0d4c5e6f7a8b9c0d" ON "public"."product" USING GIN ("search_vector");
