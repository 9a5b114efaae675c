-- Whether anyone can answer a bot's visitors now (the public availability endpoint): each agent's newest presence
-- report, kept from agent.presence.v1. Only the newest report (by occurred_at) is kept per agent.
create table agent_presence (
    tenant_id   varchar(128) not null,
    agent_id    varchar(128) not null,
    status      varchar(16)  not null,
    occurred_at timestamptz  not null,
    primary key (tenant_id, agent_id)
);
create index agent_presence_online on agent_presence (tenant_id) where status = 'ONLINE';
