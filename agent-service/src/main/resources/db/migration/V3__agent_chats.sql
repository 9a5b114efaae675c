-- Live chats on the agent side: subject, how a chat ended, its messages, agents' read marks, quick replies.

alter table agent_conversation add column subject varchar(200);
alter table agent_conversation add column end_reason varchar(32);
-- Numbers the chat's messages (chat_message.sequence); raised only under the conversation's row lock.
alter table agent_conversation add column last_sequence bigint not null default 0;
create index agent_conversation_held on agent_conversation (tenant_id, assignee, state_since)
    where state = 'ASSIGNED';

-- Live messages after the handoff, from visitors and agents (bot history stays in agent_conversation).
-- message_id is unique per chat: a message consumed twice, or an agent's own coming back, is stored once.
-- client_message_id is the agent console's retry key.
create table chat_message (
    conversation_id   varchar(128) not null references agent_conversation (id),
    sequence          bigint       not null,
    message_id        varchar(128) not null,
    client_message_id varchar(64),
    sender            varchar(16)  not null,
    sender_id         text,
    sender_name       varchar(200),
    text              text         not null,
    language          varchar(35),
    sent_at           timestamptz  not null,
    primary key (conversation_id, sequence)
);
create unique index chat_message_id on chat_message (conversation_id, message_id);
create unique index chat_message_client_id on chat_message (conversation_id, client_message_id)
    where client_message_id is not null;

-- Up to which message an agent has read a chat; the visitor's messages after it are unread.
create table chat_read_mark (
    conversation_id varchar(128) not null references agent_conversation (id),
    agent_id        varchar(128) not null,
    read_sequence   bigint       not null,
    read_at         timestamptz  not null,
    primary key (conversation_id, agent_id)
);

-- Quick replies: SHARED (owner_id null, one shortcut per tenant) or PERSONAL (one shortcut per owner).
create table quick_reply (
    id         uuid          primary key,
    tenant_id  varchar(128)  not null,
    scope      varchar(16)   not null,
    owner_id   varchar(128),
    shortcut   varchar(32)   not null,
    text       text          not null,
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    check ((scope = 'PERSONAL') = (owner_id is not null))
);
create unique index quick_reply_shared_shortcut on quick_reply (tenant_id, shortcut) where scope = 'SHARED';
create unique index quick_reply_personal_shortcut on quick_reply (tenant_id, owner_id, shortcut)
    where scope = 'PERSONAL';
