-- Agent sessions (console sockets): tickets, presence, open connections and per-agent notices.
-- Everything a replica needs to accept any agent's socket lives here, not in a replica's memory.

-- Socket tickets: only a SHA-256 of the secret is stored, so reading the table does not let anyone connect.
create table session_ticket (
    ticket_hash  varchar(64)  primary key,
    tenant_id    varchar(128) not null,
    agent_id     varchar(128) not null,
    display_name varchar(200) not null,
    roles        text         not null,
    teams        text         not null,
    expires_at   timestamptz  not null
);
create index session_ticket_expiry on session_ticket (expires_at);

-- One row per agent ever connected. last_seq numbers the agent's notices (agent_notice); it is only
-- ever raised under this row's lock, so seqs become visible in order.
create table agent_presence (
    agent_id       varchar(128) primary key,
    tenant_id      varchar(128) not null,
    display_name   varchar(200) not null,
    teams          text         not null,
    status         varchar(16)  not null,
    last_seen_at   timestamptz,
    offline_due_at timestamptz,
    last_seq       bigint       not null default 0
);
create index agent_presence_tenant on agent_presence (tenant_id, last_seen_at);
create index agent_presence_offline_due on agent_presence (offline_due_at) where offline_due_at is not null;

-- Open sockets on any replica; confirmed_at is refreshed by the replica holding the socket, so the
-- sockets of a replica that died are recognised and dropped.
create table agent_connection (
    connection_id varchar(64)  primary key,
    agent_id      varchar(128) not null references agent_presence (agent_id),
    opened_at     timestamptz  not null,
    confirmed_at  timestamptz  not null
);
create index agent_connection_agent on agent_connection (agent_id);
create index agent_connection_confirmed on agent_connection (confirmed_at);

-- What each agent's consoles were told, kept for a while so that a reconnect to any replica can resume.
create table agent_notice (
    agent_id   varchar(128) not null,
    seq        bigint       not null,
    created_at timestamptz  not null,
    kind       varchar(32)  not null,
    payload    text         not null,
    primary key (agent_id, seq)
);
create index agent_notice_created on agent_notice (created_at);
