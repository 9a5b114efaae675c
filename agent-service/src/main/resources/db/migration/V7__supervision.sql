-- The chat each supervisor is watching read-only (one at a time): its messages and end reach them live.
create table chat_watch (
    agent_id        varchar(128) primary key,
    tenant_id       varchar(128) not null,
    conversation_id varchar(128) not null references agent_conversation (id) on delete cascade,
    started_at      timestamptz  not null
);
create index chat_watch_by_conversation on chat_watch (conversation_id);
-- The supervisors' overview lists a tenant's active chats.
create index agent_conversation_active on agent_conversation (tenant_id, state_since) where state = 'ASSIGNED';
