-- fixture: --select column-type-change-rewrite
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    amount numeric(10, 2) CHECK (amount >= 0),
    code varchar(40),
    memo varchar(20),
    note varchar(20),
    CONSTRAINT code_len CHECK (char_length(code) > 1)
);
