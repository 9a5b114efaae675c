-- Month rollups (grain 'm', UTC calendar months) are added up from the day rows by the rollup refresh: a year is then
-- read as 12 rows per value. Months with day rows from before this version get theirs by marking one hour of each
-- such month for rebuilding, which rebuilds its day and then the whole month.
insert into rollup_dirty (tenant_id, hour_start)
select tenant_id, min(bucket_start)
from metric_rollup
where grain = 'd' and dimension = 'all'
group by tenant_id, date_trunc('month', bucket_start at time zone 'UTC')
on conflict (tenant_id, hour_start) do nothing;
