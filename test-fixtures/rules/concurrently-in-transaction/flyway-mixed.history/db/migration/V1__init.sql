-- fixture: --select concurrently-in-transaction
create table contacts (
    id bigint generated always as identity primary key,
    email text not null
);
