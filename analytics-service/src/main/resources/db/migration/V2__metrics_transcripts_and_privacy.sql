-- What the metrics, transcripts, agents' occupancy and privacy requests need (issue 19).

-- The fact keeps only what aggregates need, and survives erasure; personal data lives in the tables below it.
alter table conversation_fact
    add column team                   varchar(128),
    add column channel                varchar(16),
    add column language               varchar(8),
    add column transfers              integer not null default 0,
    add column first_agent_message_at timestamptz,
    add column visitor_messages       integer not null default 0,
    add column agent_messages         integer not null default 0,
    add column erased_at              timestamptz;
-- Every message updates its chat's counters: room on the page keeps those updates HOT (no index touched).
alter table conversation_fact set (fillfactor = 80);
-- The transcript list filters by agent or bot within a period; without these a filter matching nothing would read
-- the whole period.
create index conversation_fact_by_agent on conversation_fact (tenant_id, agent_id, started_at);
create index conversation_fact_by_bot on conversation_fact (tenant_id, bot_id, started_at);
-- Retention finds the chats it has not erased yet without reading those it has.
create index conversation_fact_unerased on conversation_fact (tenant_id, started_at) where erased_at is null;

-- Personal data and free text of a chat: erased with its messages.
create table conversation_detail (
    tenant_id          varchar(128) not null,
    conversation_id    varchar(128) not null,
    visitor_name       varchar(200),
    visitor_email      varchar(320),
    visitor_locale     varchar(35),
    visitor_attributes text,
    bot_history        text,
    reason             text,
    subject            text,
    rating_comment     text,
    primary key (tenant_id, conversation_id)
);
-- An erasure request names a visitor by e-mail address.
create index conversation_detail_by_email on conversation_detail (tenant_id, lower(visitor_email))
    where visitor_email is not null;

-- The live chat's messages, each once (the writer's message id), with the translation shown to the other side.
create table transcript_message (
    tenant_id            varchar(128) not null,
    conversation_id      varchar(128) not null,
    message_id           varchar(128) not null,
    occurred_at          timestamptz  not null,
    sender               varchar(8)   not null,
    sender_id            varchar(128),
    sender_name          varchar(200),
    body                 text         not null,
    language             varchar(35),
    translation_language varchar(35),
    translation_text     text,
    primary key (tenant_id, conversation_id, message_id)
);

-- What happened to the chat: queued, assigned, transferred, ended, rated... A transfer and the assignment it
-- makes share their time: the order they were recorded in (the partition's) tells them apart.
create table conversation_step (
    recorded        bigint       generated always as identity,
    tenant_id       varchar(128) not null,
    conversation_id varchar(128) not null,
    event_id        uuid         not null,
    occurred_at     timestamptz  not null,
    kind            varchar(24)  not null,
    agent_id        varchar(128),
    agent_name      varchar(200),
    to_agent_id     varchar(128),
    team            varchar(128),
    detail          varchar(200),
    primary key (tenant_id, conversation_id, event_id)
);

-- The words of a chat (bot history, messages, translations, comment), for searching transcripts.
create table conversation_text (
    tenant_id       varchar(128) not null,
    conversation_id varchar(128) not null,
    document        tsvector     not null,
    primary key (tenant_id, conversation_id)
);
create index conversation_text_search on conversation_text using gin (document);

-- The names agents were last shown by (assignments, presence), for reports and transcripts.
create table agent_directory (
    tenant_id    varchar(128) not null,
    agent_id     varchar(128) not null,
    display_name varchar(200) not null,
    primary key (tenant_id, agent_id)
);

-- Requests refused while no human could be reached.
create table handoff_refusal (
    tenant_id  varchar(128) not null,
    event_id   uuid         not null,
    refused_at timestamptz  not null,
    bot_id     varchar(128) not null,
    reason     varchar(32)  not null,
    channel    varchar(16),
    language   varchar(8),
    team       varchar(128),
    primary key (tenant_id, event_id)
);
create index handoff_refusal_by_time on handoff_refusal (tenant_id, refused_at);

-- Agents' sign-in spans (ONLINE or AWAY) and chat holds, for occupancy; span_to/hold_to null while they last.
create table agent_span (
    tenant_id varchar(128) not null,
    agent_id  varchar(128) not null,
    span_from timestamptz  not null,
    span_to   timestamptz,
    teams     text         not null default '',
    primary key (tenant_id, agent_id, span_from)
);
create index agent_span_during on agent_span using gist (tstzrange(span_from, span_to, '[)'));
-- Tenants with someone signed in: their current hour is rebuilt every minute.
create index agent_span_open on agent_span (tenant_id) where span_to is null;

create table agent_hold (
    tenant_id       varchar(128) not null,
    conversation_id varchar(128) not null,
    agent_id        varchar(128) not null,
    hold_from       timestamptz  not null,
    hold_to         timestamptz,
    primary key (tenant_id, conversation_id, hold_from, agent_id)
);
create index agent_hold_during on agent_hold using gist (tstzrange(hold_from, hold_to, '[)'));
create index agent_hold_open on agent_hold (tenant_id, conversation_id) where hold_to is null;

-- Hours whose rollups must be rebuilt; the version changes whenever a consumer marks the hour again.
create table rollup_dirty (
    tenant_id  varchar(128) not null,
    hour_start timestamptz  not null,
    version    bigint       not null default 1,
    primary key (tenant_id, hour_start)
);

-- Rollups per UTC quarter hour ('q'), hour ('h') and day ('d'), for the tenant ('all', value '') and per value of
-- one dimension. Durations are histograms (see Histogram.java). Read by tenant, dimension, grain and a set of starts.
create table metric_rollup (
    tenant_id             varchar(128) not null,
    dimension             varchar(8)   not null,
    grain                 char(1)      not null,
    bucket_start          timestamptz  not null,
    dim_value             varchar(128) not null,
    requests              integer      not null,
    accepted              integer      not null,
    abandoned_left        integer      not null,
    abandoned_expired     integer      not null,
    refused_outside_hours integer      not null,
    transfers             integer      not null,
    rated                 integer      not null,
    rating_sum            integer      not null,
    rating_1              integer      not null,
    rating_2              integer      not null,
    rating_3              integer      not null,
    rating_4              integer      not null,
    rating_5              integer      not null,
    online_ms             bigint       not null,
    occupied_ms           bigint       not null,
    wait_ms               bytea        not null,
    first_response_ms     bytea        not null,
    resolution_ms         bytea        not null,
    messages_per_chat     bytea        not null,
    primary key (tenant_id, dimension, grain, bucket_start, dim_value)
);

-- How long transcripts are kept, per tenant (none: forever).
create table retention_policy (
    tenant_id   varchar(128) primary key,
    keep_seconds bigint      not null check (keep_seconds > 0),
    changed_at  timestamptz  not null,
    changed_by  varchar(128) not null
);

-- Erasure requests (a visitor's, or retention's) and each service's confirmation.
create table erasure_request (
    request_id       uuid         primary key,
    tenant_id        varchar(128) not null,
    kind             varchar(16)  not null,
    requested_at     timestamptz  not null,
    requested_by     varchar(128) not null,
    conversation_ids text         not null,
    started_before   timestamptz
);
create index erasure_request_by_tenant on erasure_request (tenant_id, requested_at desc);

create table erasure_confirmation (
    request_id           uuid        not null,
    service              varchar(64) not null,
    confirmed_at         timestamptz not null,
    conversations_erased integer     not null,
    primary key (request_id, service)
);
