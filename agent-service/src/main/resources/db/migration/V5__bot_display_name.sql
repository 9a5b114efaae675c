-- The bot as its settings present it (HandoffRequested.botDisplayName / botAvatarUrl), for the console's lists.
alter table agent_conversation add column bot_display_name varchar(200);
alter table agent_conversation add column bot_avatar_url varchar(2000);
