-- verdict: hazard data-loss
alter table `posts` drop `published`;
