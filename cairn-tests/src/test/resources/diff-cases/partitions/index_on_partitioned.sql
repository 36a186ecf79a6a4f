-- An index on the partitioned parent (partitions get child indexes that must not be diffed separately).
-- @from
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @to
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX event_kind_idx ON event (kind);
-- @rows
INSERT INTO event (id, at, kind) VALUES (1, '2024-06-01', 'v1'), (2, '2024-06-02', 'v2');
