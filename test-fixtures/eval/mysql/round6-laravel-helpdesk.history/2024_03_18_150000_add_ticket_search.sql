-- verdict: hazard fulltext-index
alter table `tickets` add fulltext `tickets_subject_body_fulltext`(`subject`, `body`);
-- verdict: safe
alter table `replies` add `edited_at` timestamp null;
-- verdict: safe
alter table `replies` add index `replies_author_id_index`(`author_id`);
