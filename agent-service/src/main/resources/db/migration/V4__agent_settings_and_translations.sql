-- Agent settings (the language an agent reads and writes in), translations kept beside original messages,
-- and the roles of connected agents (supervisors see every team's requests on the socket too).

-- One row per tenant and agent: the same person may answer chats of two tenants.
create table agent_settings (
    tenant_id          varchar(128) not null,
    agent_id           varchar(128) not null,
    preferred_language varchar(35),
    updated_at         timestamptz  not null,
    primary key (tenant_id, agent_id)
);

-- A message's text in the other side's language (the holder's for a visitor's message, the visitor's for an
-- agent's); both null when none was made. The original text stays in chat_message.text.
alter table chat_message add column translation_language varchar(35);
alter table chat_message add column translation_text text;
alter table chat_message add constraint chat_message_translation_whole
    check ((translation_language is null) = (translation_text is null));

-- Roles from the agent's latest ticket, as a JSON array like teams.
alter table agent_presence add column roles text not null default '[]';
