-- The visitor feed: every message and change a visitor is shown, numbered per conversation for resume.
alter table conversation add column feed_sequence bigint not null default 0;
-- Botlhale (Socket.IO) clients cannot say what they saw: a rejoin continues after what was handed out.
alter table conversation add column delivered_sequence bigint not null default 0;
-- A visitor rates a chat once, after it ended.
alter table conversation add column rated_at timestamptz;

create table visitor_feed (
    conversation_id varchar(128) not null references conversation (id),
    sequence        bigint       not null,
    kind            varchar(32)  not null,
    message_id      varchar(128),
    occurred_at     timestamptz  not null,
    payload         text         not null,
    primary key (conversation_id, sequence)
);

-- A message is shown once, whatever number of times Kafka hands it over.
create unique index visitor_feed_message on visitor_feed (conversation_id, message_id) where message_id is not null;

-- Bot webhooks waiting to be delivered (written with the state change; sent and retried afterwards).
create table webhook_delivery (
    id              bigserial    primary key,
    tenant_id       varchar(128) not null,
    bot_id          varchar(128) not null,
    conversation_id varchar(128) not null,
    event_id        varchar(64)  not null unique,
    payload         text         not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    delivered_at    timestamptz,
    abandoned_at    timestamptz,
    last_error      varchar(500)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at)
    where delivered_at is null and abandoned_at is null;

-- Bots that relay agent messages to the visitor themselves get them by webhook.
alter table bot_settings add column relay_agent_messages boolean not null default false;
