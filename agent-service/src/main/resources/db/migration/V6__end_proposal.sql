-- The holder proposed to end the chat and the visitor has not answered yet (issue 17: propose to end).
alter table agent_conversation add column end_proposed_at timestamptz;
