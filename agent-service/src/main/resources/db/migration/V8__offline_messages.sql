-- Issue 17, leave a message: what a waiting visitor left when nobody was accepting (MessageLeft), one per
-- conversation, until an agent marks it handled (who and when). Erased with the visitor's other data.
create table offline_message (
    conversation_id varchar(128)  primary key,
    tenant_id       varchar(128)  not null,
    bot_id          varchar(128)  not null,
    bot_name        varchar(200),
    team            varchar(128),
    visitor_name    varchar(200),
    visitor_email   varchar(320)  not null,
    message         varchar(16000) not null,
    left_at         timestamptz   not null,
    handled_by      varchar(128),
    handled_by_name varchar(200),
    handled_at      timestamptz,
    check ((handled_by is null) = (handled_at is null))
);
-- The list: a tenant's messages, newest first (agents filter by team in the same scan).
create index offline_message_by_tenant on offline_message (tenant_id, left_at desc, conversation_id desc);
