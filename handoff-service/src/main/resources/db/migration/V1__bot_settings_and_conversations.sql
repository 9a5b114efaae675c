create table bot_settings (
    tenant_id                  varchar(128) not null,
    bot_id                     varchar(128) not null,
    enabled                    boolean      not null,
    business_hours             text         not null,
    offline_message            varchar(1000) not null,
    inactivity_timeout_seconds bigint       not null,
    end_message                varchar(1000) not null,
    end_button_label           varchar(60)  not null,
    webhook_url                varchar(2000),
    webhook_secret             varchar(200),
    allowed_origins            text         not null,
    socket_io_enabled          boolean      not null,
    primary key (tenant_id, bot_id)
);

create table conversation (
    id                 varchar(128) primary key,
    tenant_id          varchar(128) not null,
    bot_id             varchar(128) not null,
    visitor_name       varchar(200),
    visitor_email      varchar(320),
    visitor_locale     varchar(35),
    visitor_attributes text         not null,
    language           varchar(35),
    team               varchar(128),
    priority           integer      not null,
    status             varchar(32)  not null,
    started_at         timestamptz  not null,
    last_activity_at   timestamptz  not null
);

-- Expiry scans active chats by last activity.
create index conversation_active_by_activity on conversation (last_activity_at)
    where status in ('WAITING', 'ASSIGNED');
