-- A partition detached for good keeps its index (attached to the parent's before) as its own, under its custom name;
-- attached back, PostgreSQL attaches that index to the parent's (no index created, none renamed).
-- @expect-sql-not-contains CREATE INDEX
-- @expect-revert-sql-not-contains CREATE INDEX
-- @from
CREATE TABLE event (id bigint, at date, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX event_kind_idx ON event (kind);
ALTER INDEX event_2025_kind_idx RENAME TO by_kind_2025;
-- @rows
INSERT INTO event (id, at, kind) VALUES (1, '2024-06-01', 'a'), (2, '2025-06-02', 'b');
-- @to
CREATE TABLE event (id bigint, at date, kind text) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX event_kind_idx ON event (kind);
CREATE TABLE event_2025 (id bigint, at date, kind text);
CREATE INDEX by_kind_2025 ON event_2025 (kind);
