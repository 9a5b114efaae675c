-- Which replica holds each Socket.IO long-polling session (its address, host:port), so that a request that
-- reaches another replica is handed to it (docs/decisions 0021). Rows go when the session closes, and all of a
-- replica's when it stops or starts again at the same address.
create table socket_io_session (
    session_id  varchar(64)   primary key,
    owner       varchar(255)  not null,
    opened_at   timestamptz   not null default now()
);
create index socket_io_session_owner on socket_io_session (owner);
