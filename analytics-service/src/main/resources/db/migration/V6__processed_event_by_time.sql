-- The inbox is pruned by age (decision 0084). Every event of four topics leaves an id here, so without an index each
-- pruning would read two weeks of ids to find the hour's worth it deletes; the index's inserts come in time order and
-- all land on its last page.
create index processed_event_processed_at on processed_event (processed_at);
