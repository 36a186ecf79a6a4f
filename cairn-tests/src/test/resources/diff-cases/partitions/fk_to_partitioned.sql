-- A foreign key referencing a partitioned table.
-- @from
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @to
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE note (id integer PRIMARY KEY, event_id bigint, event_at date, FOREIGN KEY (event_id, event_at) REFERENCES event (id, at));
-- @rows
INSERT INTO event (id, at, kind) VALUES (1, '2024-06-01', 'v1'), (2, '2024-06-02', 'v2');
