-- A partition's own index becomes the one attached to a new partitioned index of its parent (and back: dropping the
-- partitioned index drops it, so it is created again as the partition's own).
-- @expect-sql-contains ALTER INDEX public.event_kind_idx ATTACH PARTITION public.own_kind
-- @from
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX own_kind ON event_2024 (kind);
-- @rows
INSERT INTO event (id, at, kind) VALUES (1, '2024-06-01', 'a');
-- @to
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX own_kind ON event_2024 (kind);
CREATE INDEX event_kind_idx ON event (kind);
