-- The agent proposed to end the chat and the visitor was shown the end button, not answered yet (issue 17).
alter table conversation add column end_proposed_at timestamptz;
