-- Issue 10: partitions' indexes attached to the parent's index under names of their own: one created first and picked
-- up by CREATE INDEX on the parent, one renamed after, one attached by ALTER INDEX … ATTACH PARTITION (the parent's
-- index created ON ONLY); a sub-partitioned partition's index and its partitions' ones too. The names are kept.
-- @expect-sql-contains CREATE INDEX by_kind_2024 ON public.event_2024
-- @from
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);
CREATE TABLE event_2026_a PARTITION OF event_2026 FOR VALUES IN ('a');
CREATE TABLE event_2026_rest PARTITION OF event_2026 DEFAULT;
-- @rows
INSERT INTO event (id, at, kind) VALUES (1, '2024-06-01', 'a'), (2, '2025-06-02', 'b'), (3, '2026-06-02', 'a'), (4, '2026-06-03', 'z');
-- @to
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);
CREATE TABLE event_2026_a PARTITION OF event_2026 FOR VALUES IN ('a');
CREATE TABLE event_2026_rest PARTITION OF event_2026 DEFAULT;
CREATE INDEX by_kind_2024 ON event_2024 (kind);
CREATE INDEX event_kind_idx ON event (kind);
ALTER INDEX event_2025_kind_idx RENAME TO by_kind_2025;
ALTER INDEX event_2026_a_kind_idx RENAME TO by_kind_2026_a;
CREATE INDEX event_at_idx ON ONLY event (at);
CREATE INDEX at_2024 ON event_2024 (at);
ALTER INDEX event_at_idx ATTACH PARTITION at_2024;
CREATE INDEX at_2025 ON event_2025 (at);
ALTER INDEX event_at_idx ATTACH PARTITION at_2025;
CREATE INDEX at_2026 ON event_2026 (at);
ALTER INDEX event_at_idx ATTACH PARTITION at_2026;
