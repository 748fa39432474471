-- 2024_05_30_080000_rename_owner_id_on_teams_table
-- verdict: hazard breaks-running-app
alter table `teams` rename column `owner_id` to `user_id`;
