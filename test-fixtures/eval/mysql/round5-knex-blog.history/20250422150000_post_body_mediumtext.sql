-- verdict: hazard table-copy
alter table `posts` modify `body` mediumtext;
