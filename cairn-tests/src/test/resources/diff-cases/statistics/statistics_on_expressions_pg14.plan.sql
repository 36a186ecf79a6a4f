-- Golden plans of statistics/statistics_on_expressions_pg14.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create schema geo
CREATE SCHEMA geo;

-- Create table geo.city
CREATE TABLE geo.city (
    id integer NOT NULL,
    zip text,
    name text,
    CONSTRAINT city_pkey PRIMARY KEY (id)
);

-- Create statistics object geo.city_expr
CREATE STATISTICS geo.city_expr ON ((zip || name)), (lower(name)) FROM geo.city;
-- @reverse
-- warning: DATA_LOSS geo.city: table is dropped with all its rows
-- Drop statistics object geo.city_expr
DROP STATISTICS geo.city_expr;

-- Drop table geo.city [DATA LOSS]
DROP TABLE geo.city;

-- Drop schema geo
DROP SCHEMA geo;
