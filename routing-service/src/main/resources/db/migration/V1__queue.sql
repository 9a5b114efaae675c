create table queue_entry (
    seq             bigint generated always as identity primary key,
    conversation_id varchar(128)  not null unique,
    tenant_id       varchar(128)  not null,
    bot_id          varchar(128)  not null,
    team            varchar(128),
    priority        integer       not null,
    enqueued_at     timestamptz   not null,
    status          varchar(32)   not null,
    -- what the queue view shows of each waiting visitor
    visitor_name    varchar(200)  not null,
    preview         varchar(4000)
);

-- Serving order within a queue: priority first, then arrival.
create index queue_entry_waiting on queue_entry (tenant_id, team, priority desc, seq) where status = 'WAITING';
