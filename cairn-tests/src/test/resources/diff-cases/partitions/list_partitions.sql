-- List partitioning.
-- @from
-- @to
CREATE TABLE sale (id bigint, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE sale_eu PARTITION OF sale FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE sale_us PARTITION OF sale FOR VALUES IN ('us');
