-- fixture: --select prefer-bigint
-- expect: prefer-bigint
CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL, login_count integer NOT NULL DEFAULT 0);

-- expect: prefer-bigint
CREATE TABLE "public"."Teams" ("Id" serial NOT NULL, "Position" int4, CONSTRAINT "PK_Teams" PRIMARY KEY ("Id"));

CREATE TABLE widgets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, quantity integer NOT NULL, sort_order smallint);
CREATE TABLE gadgets (id bigserial PRIMARY KEY, team_id integer REFERENCES unknown_teams (id));
ALTER TABLE widgets ADD COLUMN rank integer;
