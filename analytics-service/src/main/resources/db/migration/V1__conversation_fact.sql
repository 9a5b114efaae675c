-- conversation_fact: one row per live chat, filled in by events from two topics in any order,
-- so every column but the key may still be unknown (null).
create table conversation_fact (
    tenant_id        varchar(128) not null,
    conversation_id  varchar(128) not null,
    bot_id           varchar(128),
    -- the request time, or the first event seen until the request arrives: what a period filters on
    started_at       timestamptz,
    first_seen_at    timestamptz,
    requested_at     timestamptz,
    queued_at        timestamptz,
    assigned_at      timestamptz,
    agent_id         varchar(128),
    completed_at     timestamptz,
    ended_at         timestamptz,
    expired_at       timestamptz,
    rating           integer check (rating between 1 and 5),
    primary key (tenant_id, conversation_id)
);

-- Summaries read one tenant's chats that started in a period.
create index conversation_fact_by_start on conversation_fact (tenant_id, started_at);
