-- Six-hour rollups (grain 's', blocks starting at 00, 06, 12 and 18 UTC) are built with the day rows, from the same
-- day of facts. Days with rows from before this version get their blocks by marking their first hour for rebuilding,
-- which rebuilds that hour, its day and its blocks, then the month. Until the refresh has taken them, a report in a
-- zone that is not a whole day off UTC undercounts those days' edges.
insert into rollup_dirty (tenant_id, hour_start)
select tenant_id, bucket_start
from metric_rollup
where grain = 'd' and dimension = 'all'
on conflict (tenant_id, hour_start) do nothing;
