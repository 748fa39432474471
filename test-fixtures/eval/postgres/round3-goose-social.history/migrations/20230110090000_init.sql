-- +goose Up
-- verdict: safe
CREATE EXTENSION IF NOT EXISTS citext;

-- verdict: safe
CREATE TABLE users (
    id           bigserial PRIMARY KEY,
    handle       text NOT NULL,
    email        text NOT NULL,
    display_name text,
    bio          text,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE UNIQUE INDEX users_email_key ON users (email);

-- verdict: safe
CREATE UNIQUE INDEX users_handle_key ON users (lower(handle));

-- verdict: safe
CREATE TABLE posts (
    id         bigserial PRIMARY KEY,
    author_id  bigint NOT NULL REFERENCES users (id),
    body       text NOT NULL,
    visibility text NOT NULL DEFAULT 'public',
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX posts_author_created_idx ON posts (author_id, created_at DESC);

-- verdict: safe
CREATE TABLE follows (
    follower_id bigint NOT NULL REFERENCES users (id),
    followee_id bigint NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (follower_id, followee_id)
);

-- verdict: safe
CREATE TABLE likes (
    user_id    bigint NOT NULL,
    post_id    bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
ALTER TABLE likes ADD PRIMARY KEY (user_id, post_id);

-- +goose Down
DROP TABLE likes;
DROP TABLE follows;
DROP TABLE posts;
DROP TABLE users;
