-- Issue 17, leave a message: when routing offered the waiting visitor to leave a message instead of waiting (null:
-- not offered). The message itself is not kept here: it leaves in the MessageLeft event.
alter table conversation add column leave_message_offered_at timestamptz;
