-- Issue 14: a handoff's first place and wait are read inside the bot's POST; without these both reads scanned what
-- grows with the queue and with every place ever told (decision 0081).

-- The place: only the waiting chats of the handoff's own queue, read from the index alone.
create index conversation_waiting_line on conversation (tenant_id, (coalesce(team, '')), priority, started_at)
    include (id) where status = 'WAITING';

-- The pace: routing's newest places first, so the latest one of the queue is found after a few rows.
create index visitor_feed_queue_positions on visitor_feed (occurred_at desc) where kind = 'QUEUE_POSITION';
