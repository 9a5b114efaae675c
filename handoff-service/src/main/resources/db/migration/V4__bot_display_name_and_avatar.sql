-- How a bot presents itself in mails and the console: optional, announced with each handoff.
alter table bot_settings add column display_name varchar(80);
alter table bot_settings add column avatar_url varchar(2000);
