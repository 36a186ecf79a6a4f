-- PostgreSQL 18 temporal primary key (WITHOUT OVERLAPS).
-- @from
CREATE EXTENSION btree_gist;
CREATE TABLE price (product integer, valid daterange, amount numeric);
-- @to
CREATE EXTENSION btree_gist;
CREATE TABLE price (product integer, valid daterange, amount numeric, CONSTRAINT price_pk PRIMARY KEY (product, valid WITHOUT OVERLAPS));
