-- A partition that is itself partitioned.
-- No seeded rows: @from has no partition to hold them.
-- @from
CREATE TABLE metric (at date NOT NULL, kind text NOT NULL, v double precision) PARTITION BY RANGE (at);
-- @to
CREATE TABLE metric (at date NOT NULL, kind text NOT NULL, v double precision) PARTITION BY RANGE (at);
CREATE TABLE metric_2024 PARTITION OF metric FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (kind);
CREATE TABLE metric_2024_a PARTITION OF metric_2024 FOR VALUES IN ('a');
CREATE TABLE metric_2024_rest PARTITION OF metric_2024 DEFAULT;
