-- Shared by every service, each in its own schema (see shared-runtime).
-- outbox_message: events written in the same transaction as the state change they announce.
create table outbox_message (
    seq          bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        varchar(128) not null,
    message_key  varchar(128) not null,
    event_type   varchar(64)  not null,
    payload      text         not null,
    created_at   timestamptz  not null
);

-- processed_event: ids of consumed events, so a redelivered event changes nothing.
create table processed_event (
    event_id     uuid        primary key,
    processed_at timestamptz not null
);
