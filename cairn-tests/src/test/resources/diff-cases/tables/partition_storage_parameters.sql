-- A partitioned table takes no storage parameters; its partitions carry their own, set and reset on them.
-- @expect-sql-not-contains ALTER TABLE public.measure SET
-- @from
CREATE TABLE measure (at date NOT NULL, v numeric) PARTITION BY RANGE (at);
CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- @to
CREATE TABLE measure (at date NOT NULL, v numeric) PARTITION BY RANGE (at);
CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') WITH (fillfactor = 80);
CREATE TABLE measure_2025 PARTITION OF measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') WITH (autovacuum_enabled = false);
-- @rows
INSERT INTO measure (at, v) VALUES ('2024-03-01', 1);
