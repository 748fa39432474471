-- verdict: safe
alter table `posts` add `published_at` timestamp null;

-- verdict: safe
alter table `posts` add `slug` varchar(255) null after `title`;

-- verdict: safe
alter table `posts` add unique `posts_slug_unique`(`slug`);

-- verdict: hazard table-copy
alter table `comments` add constraint `comments_post_id_foreign` foreign key (`post_id`) references `posts` (`id`) on delete cascade;
