-- Golden plans of statistics/statistics_on_new_table_other_schema.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create schema geo
CREATE SCHEMA geo;

-- Create table geo.place
CREATE TABLE geo.place (
    id integer NOT NULL,
    country text,
    city text,
    CONSTRAINT place_pkey PRIMARY KEY (id)
);

-- Create statistics object geo.place_country_city
CREATE STATISTICS geo.place_country_city (dependencies) ON city, country FROM geo.place;

-- Comment on statistics object geo.place_country_city
COMMENT ON STATISTICS geo.place_country_city IS 'city implies country';
-- @reverse
-- warning: DATA_LOSS geo.place: table is dropped with all its rows
-- Drop statistics object geo.place_country_city
DROP STATISTICS geo.place_country_city;

-- Drop table geo.place [DATA LOSS]
DROP TABLE geo.place;

-- Drop schema geo
DROP SCHEMA geo;
