-- Issue 17. Tenant rules: how many offers in a row an agent may let lapse before routing asks agent-service to set
-- them away (null: 3; 0: never), and after how long a conversation waiting in a team's queue overflows to the
-- tenant-wide queue (null or 0: never). A team may set its own overflow time (null: the tenant's; 0: never).
alter table routing_settings
    add column missed_offers_before_away integer check (missed_offers_before_away between 0 and 20),
    add column team_overflow_seconds     integer check (team_overflow_seconds = 0
                                                        or team_overflow_seconds between 10 and 86400);
alter table team_routing_settings
    add column overflow_after_seconds integer check (overflow_after_seconds = 0
                                                     or overflow_after_seconds between 10 and 86400);

-- Offers the agent let lapse since their last accept, decline or claim; and when routing last asked for them to be
-- set away: until a newer presence report (agent_presence.changed_at) says otherwise, they are offered nothing.
alter table agent_load
    add column missed_offers     integer not null default 0 check (missed_offers >= 0),
    add column away_requested_at timestamptz;

-- The team queue a conversation overflowed from.
alter table queue_entry
    add column overflowed_from varchar(128);

-- What each waiting visitor was told of their wait (null: a measured wait, as before this column).
alter table announced_position
    add column wait_status varchar(16) check (wait_status in ('ESTIMATED', 'AGENTS_BUSY', 'NOT_ACCEPTING', 'NO_AGENTS'));
alter table queue_change
    add column told_wait_status varchar(16);

-- Overflow candidates: team entries waiting longest.
create index queue_entry_team_waiting on queue_entry (enqueued_at) where status = 'WAITING' and team is not null;
