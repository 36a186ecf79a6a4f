-- Issue 10: a partition holds both the index attached to its parent's partitioned index and an index of its own with
-- the same definition. Both survive; the partitioned index is created ON ONLY the parent and each partition's index
-- is created under its name and attached (so PostgreSQL does not pick the partition's own index to attach).
-- @expect-sql-contains ATTACH PARTITION public.event_2024_kind_idx
-- @from
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- @rows
INSERT INTO event (id, at, kind) VALUES (1, '2024-06-01', 'a'), (2, '2025-06-02', 'b');
-- @to
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX event_kind_idx ON event (kind);
CREATE INDEX event_2024_kind_own ON event_2024 (kind);
COMMENT ON INDEX event_2024_kind_own IS 'the partition''s own';
