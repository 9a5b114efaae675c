-- The holder lives on the conversation's one queue row: a second holder cannot even be written down.
alter table queue_entry
    add column assignee    varchar(128),
    add column assigned_at timestamptz,
    add column ended_at    timestamptz,
    add constraint queue_entry_holder_only_when_assigned check ((status = 'ASSIGNED') = (assignee is not null));

-- Chats per agent, counted where every replica sees the same number; the check keeps it honest.
create table agent_load (
    tenant_id    varchar(128) not null,
    agent_id     varchar(128) not null,
    active_chats integer      not null default 0 check (active_chats >= 0),
    max_chats    integer      check (max_chats is null or max_chats >= 0),
    primary key (tenant_id, agent_id)
);

create index queue_entry_held on queue_entry (tenant_id, assignee) where status = 'ASSIGNED';
