-- The team whose queue takes a bot's handoffs that name none (null: the tenant-wide queue).
alter table bot_settings add column default_team varchar(128);
