create table agent_conversation (
    id                 varchar(128) primary key,
    tenant_id          varchar(128) not null,
    bot_id             varchar(128),
    visitor_name       varchar(200),
    visitor_email      varchar(320),
    visitor_locale     varchar(35),
    visitor_attributes text,
    bot_history        text,
    language           varchar(35),
    team               varchar(128),
    priority           integer      not null default 0,
    requested_at       timestamptz,
    state              varchar(32)  not null,
    assignee           varchar(128),
    state_since        timestamptz
);

create index agent_conversation_pending on agent_conversation (tenant_id, priority desc, requested_at)
    where state = 'QUEUED';
