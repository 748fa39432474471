-- verdict: hazard breaks-running-app
alter table `posts` rename column `title` to `headline`;

-- verdict: hazard data-loss
alter table `comments` drop `body`;

-- verdict: hazard table-copy
alter table `posts` modify `user_id` int unsigned not null;
