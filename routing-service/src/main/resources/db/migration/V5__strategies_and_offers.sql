-- How a tenant's queues are served: MANUAL (agents claim; null means MANUAL), AUTO (routing assigns the
-- least busy online agent) or AUTO_WITH_OFFER (routing offers it to that agent, who accepts or declines).
-- offer_timeout_seconds null means the default (30).
alter table routing_settings
    add column strategy              varchar(16) check (strategy in ('MANUAL', 'AUTO', 'AUTO_WITH_OFFER')),
    add column offer_timeout_seconds integer     check (offer_timeout_seconds between 5 and 600);

-- A team's overrides of its tenant's strategy; a null column inherits the tenant's value.
create table team_routing_settings (
    tenant_id             varchar(128) not null,
    team                  varchar(128) not null,
    strategy              varchar(16)  check (strategy in ('MANUAL', 'AUTO', 'AUTO_WITH_OFFER')),
    offer_timeout_seconds integer      check (offer_timeout_seconds between 5 and 600),
    primary key (tenant_id, team)
);

-- An offered conversation keeps its place in the queue but is reserved for one agent until the offer
-- expires; like the holder, the offer lives on the conversation's one row, so two offers cannot exist.
alter table queue_entry
    add column offered_to       varchar(128),
    add column offer_expires_at timestamptz,
    add constraint queue_entry_offer_only_when_offered
        check ((status = 'OFFERED') = (offered_to is not null and offer_expires_at is not null));

-- Positions count offered conversations too: to the visitor they still wait.
create index queue_entry_in_line on queue_entry (tenant_id, team, priority desc, seq)
    where status in ('WAITING', 'OFFERED');
create index queue_entry_offered on queue_entry (tenant_id, offered_to) where status = 'OFFERED';
create index queue_entry_offer_expiry on queue_entry (offer_expires_at) where status = 'OFFERED';

-- Agents who declined a conversation's offer or let it time out are not offered it again.
create table passed_over (
    conversation_id varchar(128) not null,
    agent_id        varchar(128) not null,
    reason          varchar(16)  not null check (reason in ('DECLINED', 'TIMED_OUT')),
    passed_at       timestamptz  not null,
    primary key (conversation_id, agent_id)
);

-- When the agent last took or finished a chat (null: never): among equally busy agents, the one idle
-- longest is chosen first. Set by the database clock, the same for every replica.
alter table agent_load add column idle_since timestamptz;
