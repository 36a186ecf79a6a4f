-- PostgreSQL 18 temporal primary key (WITHOUT OVERLAPS).
-- @from
CREATE EXTENSION btree_gist;
CREATE TABLE price (product integer, valid daterange, amount numeric);
-- @to
CREATE EXTENSION btree_gist;
CREATE TABLE price (product integer, valid daterange, amount numeric, CONSTRAINT price_pk PRIMARY KEY (product, valid WITHOUT OVERLAPS));
-- @rows
INSERT INTO price (product, valid, amount) VALUES (1, '[2024-01-01,2024-07-01)', 1), (1, '[2024-07-01,2025-01-01)', 2);
