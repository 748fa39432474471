-- verdict: hazard rename-column
alter table `accounts` rename column `name` to `display_name`;
