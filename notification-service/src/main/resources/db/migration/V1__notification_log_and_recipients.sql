-- notification_log: every notification once, with what is needed to send it again after a failure.
create table notification_log (
    id               uuid          primary key,
    tenant_id        varchar(128)  not null,
    conversation_id  varchar(128)  not null,
    kind             varchar(32)   not null,
    bot_id           varchar(128)  not null,
    visitor_name     varchar(200)  not null,
    message_preview  varchar(400),
    requested_at     timestamptz   not null,
    status           varchar(16)   not null,
    attempts         integer       not null,
    last_error       varchar(1000),
    next_attempt_at  timestamptz,
    sent_at          timestamptz,
    created_at       timestamptz   not null,
    -- the dedupe: agents hear about each conversation once per kind, however often the event arrives
    constraint notification_log_once unique (tenant_id, conversation_id, kind)
);

-- The retry job scans only what still waits to be sent.
create index notification_log_due on notification_log (next_attempt_at)
    where status in ('PENDING', 'FAILED');

-- notification_recipient: who in each tenant is mailed, in the supervisor's order.
create table notification_recipient (
    tenant_id  varchar(128) not null,
    email      varchar(254) not null,
    position   integer      not null,
    primary key (tenant_id, email)
);
