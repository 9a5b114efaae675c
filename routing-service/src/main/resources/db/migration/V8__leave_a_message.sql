-- Issue 17, leave a message. How long a visitor waits while nobody is accepting before they are offered to leave a
-- message instead (null: 120 s; 0: never).
alter table routing_settings
    add column leave_message_after_seconds integer check (leave_message_after_seconds = 0
                                                          or leave_message_after_seconds between 5 and 86400);

-- Whether the visitor was told they may leave a message (null: not, as before this column).
alter table announced_position
    add column leave_message_offered boolean;

-- Visitors told nobody is accepting and not yet offered to leave a message: the only rows the leave-message sweep
-- reads, so it costs what is awaiting an offer, not the length of the queues.
create index announced_position_awaiting_offer on announced_position (tenant_id, team, conversation_id)
    where wait_status in ('NO_AGENTS', 'NOT_ACCEPTING') and leave_message_offered is not true;
