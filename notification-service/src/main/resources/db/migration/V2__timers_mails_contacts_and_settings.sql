-- Notifications become durable timers with one mail row per recipient (decision 0025).

-- What this service knows of each conversation, from the request and lifecycle events in any order.
create table watched_conversation (
    conversation_id        varchar(128)  primary key,
    tenant_id              varchar(128)  not null,
    state                  varchar(16)   not null,
    bot_id                 varchar(128),
    bot_name               varchar(200),
    visitor_name           varchar(200),
    visitor_email          varchar(200),
    visitor_locale         varchar(200),
    visitor_attributes     text,
    preview                text,
    team                   varchar(128),
    requested_at           timestamptz,
    queued                 boolean       not null default false,
    position               integer,
    estimated_wait_seconds bigint,
    agent_id               varchar(128),
    agent_name             varchar(200),
    updated_at             timestamptz   not null
);
create index watched_conversation_updated on watched_conversation (updated_at);

-- A notification: a timer until it is decided, then the record of what became of it.
create table notification (
    id              uuid          primary key,
    tenant_id       varchar(128)  not null,
    conversation_id varchar(128)  not null,
    kind            varchar(32)   not null,
    -- 0, or the batch number of a conversation's visitor messages
    seq             integer       not null,
    agent_id        varchar(128),
    status          varchar(16)   not null,
    due_at          timestamptz   not null,
    created_at      timestamptz   not null,
    decided_at      timestamptz,
    note            varchar(200),
    more_messages   integer       not null default 0,
    -- the dedupe: each kind once per conversation (each batch once), however often an event arrives
    constraint notification_once unique (tenant_id, conversation_id, kind, seq)
);
-- The timers: only what is still scheduled is scanned.
create index notification_due on notification (due_at) where status = 'SCHEDULED';
create index notification_conversation on notification (conversation_id);
create index notification_tenant_created on notification (tenant_id, created_at desc);

-- The visitor messages a batch quotes, once per message.
create table notification_message (
    notification_id uuid          not null references notification (id) on delete cascade,
    message_id      varchar(128)  not null,
    text            varchar(2000) not null,
    sent_at         timestamptz   not null,
    primary key (notification_id, message_id)
);

-- One mail per recipient: claimed, sent and retried on its own.
create table notification_mail (
    id              uuid          primary key,
    notification_id uuid          not null references notification (id) on delete cascade,
    email           varchar(254)  not null,
    language        varchar(35)   not null,
    status          varchar(16)   not null,
    attempts        integer       not null,
    next_attempt_at timestamptz,
    last_error      varchar(1000),
    sent_at         timestamptz,
    created_at      timestamptz   not null,
    constraint notification_mail_once unique (notification_id, email)
);
create index notification_mail_due on notification_mail (next_attempt_at) where status in ('PENDING', 'FAILED');
create index notification_mail_status on notification_mail (status) where status in ('FAILED', 'ABANDONED');

-- A tenant's settings; the per-bot waiting thresholds beside them.
create table notification_settings (
    tenant_id                varchar(128) primary key,
    mail_agents              boolean      not null,
    waiting_after_seconds    integer      not null,
    escalate_after_seconds   integer,
    batch_window_seconds     integer      not null,
    idle_after_seconds       integer      not null,
    language                 varchar(35)  not null,
    updated_at               timestamptz  not null
);
create table notification_bot_setting (
    tenant_id             varchar(128) not null,
    bot_id                varchar(128) not null,
    waiting_after_seconds integer      not null,
    primary key (tenant_id, bot_id)
);

-- How to reach each agent (from their token) and whether they are at the console (from presence events).
create table agent_contact (
    tenant_id    varchar(128) not null,
    agent_id     varchar(128) not null,
    display_name varchar(200) not null,
    email        varchar(254),
    locale       varchar(35),
    supervisor   boolean      not null default false,
    teams        text         not null default '[]',
    presence     varchar(16),
    presence_at  timestamptz,
    primary key (tenant_id, agent_id)
);

-- What each agent wants to be told, and how.
create table agent_preference (
    tenant_id               varchar(128) not null,
    agent_id                varchar(128) not null,
    email_new_request       boolean      not null,
    email_still_waiting     boolean      not null,
    email_visitor_message   boolean      not null,
    desktop_new_request     boolean      not null,
    desktop_visitor_message boolean      not null,
    sound                   boolean      not null,
    mail_language           varchar(35),
    updated_at              timestamptz  not null,
    primary key (tenant_id, agent_id)
);

-- The V1 log, carried over: a notification per row. V1 did not record its recipients, so rows it already settled
-- keep no mails; rows still waiting for a (re)try become timers due now and are decided again, to the recipients
-- of today, as V1 would have done.
insert into notification (id, tenant_id, conversation_id, kind, seq, status, due_at, created_at, decided_at, note)
select id, tenant_id, conversation_id, kind, 0,
       case when status in ('PENDING', 'FAILED') then 'SCHEDULED'
            when status = 'NO_RECIPIENTS' then 'NO_RECIPIENTS'
            else 'DECIDED' end,
       coalesce(next_attempt_at, requested_at), created_at,
       case when status in ('PENDING', 'FAILED') then null else coalesce(sent_at, created_at) end,
       case when status = 'ABANDONED' then 'abandoned before recipients were recorded' end
from notification_log;
insert into watched_conversation (conversation_id, tenant_id, state, bot_id, bot_name, visitor_name, preview,
                                  requested_at, updated_at)
select conversation_id, tenant_id, 'WAITING', bot_id, bot_id, visitor_name,
       case when message_preview is null then '[]'
            else json_build_array(json_build_object('sender', 'VISITOR', 'text', message_preview))::text end,
       requested_at, created_at
from notification_log
on conflict (conversation_id) do nothing;
drop table notification_log;
