-- The holder's display name as Assigned announced it (from the claimant's token, or from presence for AUTO and
-- transfers), so that a refused claim can say who holds the chat. Null on rows assigned before this column
-- existed: the agent id is shown then.
alter table queue_entry
    add column assignee_name varchar(200),
    add constraint queue_entry_holder_name_only_when_assigned check (assignee_name is null or status = 'ASSIGNED');

-- In the next three tables team '' is the tenant-wide queue (team ids are never empty), so that the queue can be
-- part of a key.

-- Queues whose order changed since their visitors were last told their places: one row per change, inserted by
-- the change's own transaction (an insert never waits for another change). An announcer reserves a queue with a
-- transaction-scoped advisory lock it only tries (so announcers never wait for each other), reads the queue's
-- rows, tells its visitors what changed, and deletes exactly the rows it read. conversation_id names a conversation that joined the queue (with the
-- place and wait its Queued event told it) or came back to it (told_position null: tell it its place again).
create table queue_change (
    id                bigint generated always as identity primary key,
    tenant_id         varchar(128) not null,
    team              varchar(128) not null,
    conversation_id   varchar(128),
    told_position     integer,
    told_wait_seconds bigint,
    check ((told_position is null) = (told_wait_seconds is null)),
    check (told_position is null or conversation_id is not null)
);

create index queue_change_queue on queue_change (tenant_id, team, id);

-- What each waiting visitor was last told; written by the announcer only, so changes never wait for it.
create table announced_position (
    tenant_id       varchar(128) not null,
    team            varchar(128) not null,
    conversation_id varchar(128) not null,
    position        integer      not null check (position >= 1),
    wait_seconds    bigint       not null check (wait_seconds >= 0),
    primary key (tenant_id, team, conversation_id)
);

-- Conversations taken from each queue (claimed, assigned automatically, offer accepted): the recent ones measure
-- how fast the queue moves, for wait estimates every replica computes alike. The announcer prunes what no estimate
-- reads any more.
create table queue_assignment (
    id          bigint generated always as identity primary key,
    tenant_id   varchar(128) not null,
    team        varchar(128) not null,
    assigned_at timestamptz  not null
);

create index queue_assignment_recent on queue_assignment (tenant_id, team, assigned_at desc);
