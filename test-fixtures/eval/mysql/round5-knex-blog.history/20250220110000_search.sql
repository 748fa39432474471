-- verdict: hazard fulltext-index-rebuild
alter table `posts` add fulltext `posts_title_body_fulltext`(`title`, `body`);
