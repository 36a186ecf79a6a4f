-- A dictionary's options change: PostgreSQL's ALTER can change options, but Cairn compares the whole definition, so
-- the dictionary is dropped and created again, and so is the configuration mapping to it (nothing else uses them).
-- @from
CREATE TEXT SEARCH DICTIONARY my_simple (TEMPLATE = pg_catalog.simple, accept = true);
CREATE TEXT SEARCH CONFIGURATION my_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION my_cfg ADD MAPPING FOR asciiword WITH my_simple;
-- @to
CREATE TEXT SEARCH DICTIONARY my_simple (TEMPLATE = pg_catalog.simple, accept = false);
CREATE TEXT SEARCH CONFIGURATION my_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION my_cfg ADD MAPPING FOR asciiword WITH my_simple;
