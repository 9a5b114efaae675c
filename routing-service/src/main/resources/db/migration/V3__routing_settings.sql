-- Per-tenant routing rules a supervisor sets; a tenant without a row uses the deployment defaults.
create table routing_settings (
    tenant_id         varchar(128) primary key,
    default_max_chats integer      not null check (default_max_chats >= 0)
);
