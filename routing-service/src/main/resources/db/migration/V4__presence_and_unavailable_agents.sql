-- The newest presence routing heard of per agent (agent.presence.v1). changed_at is the occurredAt
-- of the report applied last: an older report arriving later is ignored. Capacity is not kept here:
-- limits belong to agent_load.max_chats and the tenant default, which supervisors set.
create table agent_presence (
    tenant_id    varchar(128)   not null,
    agent_id     varchar(128)   not null,
    display_name varchar(200)   not null,
    status       varchar(16)    not null check (status in ('ONLINE', 'AWAY', 'OFFLINE')),
    teams        varchar(128)[] not null default '{}',
    status_since timestamptz    not null,
    changed_at   timestamptz    not null,
    primary key (tenant_id, agent_id)
);

-- What happens to the chats of an agent who goes away or offline; null means KEEP. A tenant may
-- now set this rule without a default limit of its own, so that column may be null too (null: the
-- deployment's default).
alter table routing_settings
    alter column default_max_chats drop not null,
    add column on_agent_unavailable varchar(16) check (on_agent_unavailable in ('KEEP', 'REQUEUE'));
