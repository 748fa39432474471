-- verdict: safe
CREATE TABLE users (
    id          bigserial PRIMARY KEY,
    first_name  text,
    last_name   text
);
