-- Issue 17, leave a message: when the waiting visitor left a message instead (MessageLeft; it also sets ended_at, as
-- the visitor leaving), and per rollup how many of the chats the visitor left ended with a message left.
alter table conversation_fact add column message_left_at timestamptz;
alter table metric_rollup add column left_message integer not null default 0;
