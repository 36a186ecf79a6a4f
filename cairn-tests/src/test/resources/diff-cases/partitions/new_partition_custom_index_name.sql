-- A partition added under a kept partitioned index: PostgreSQL creates its index, under a name it chooses; the schema's
-- name for it is then given by a rename. A partition whose index has PostgreSQL's name needs none.
-- @expect-sql-contains RENAME TO %I
-- @from
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX event_kind_idx ON event (kind);
CREATE INDEX event_lower_idx ON event (lower(kind)) INCLUDE (id);
-- @rows
INSERT INTO event (id, at, kind) VALUES (1, '2024-06-01', 'a');
-- @to
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX event_kind_idx ON event (kind);
CREATE INDEX event_lower_idx ON event (lower(kind)) INCLUDE (id);
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER INDEX event_2025_kind_idx RENAME TO kind_2025;
CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
