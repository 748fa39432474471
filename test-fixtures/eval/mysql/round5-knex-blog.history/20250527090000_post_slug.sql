-- verdict: safe
alter table `posts` add `slug` varchar(255) null;
-- verdict: safe
alter table `posts` add unique `posts_slug_unique`(`slug`);
