-- fixture: --select column-type-change-rewrite --pg-version 11
CREATE TABLE events (id bigint PRIMARY KEY, at timestamp);
