-- fixture: --select delete-without-where
-- expect: delete-without-where
DELETE FROM audit_log;

-- expect: delete-without-where
DELETE FROM ONLY "public"."FeatureFlags";

DELETE FROM audit_log WHERE created_at < '2020-01-01';
DELETE FROM sessions s USING users u WHERE s.user_id = u.id AND u.deleted;
CREATE TABLE seed_roles (name text PRIMARY KEY);
DELETE FROM seed_roles;
