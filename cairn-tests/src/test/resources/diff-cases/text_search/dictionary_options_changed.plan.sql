-- Golden plans of text_search/dictionary_options_changed.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop text search configuration public.my_cfg
DROP TEXT SEARCH CONFIGURATION public.my_cfg;

-- Drop text search dictionary public.my_simple
DROP TEXT SEARCH DICTIONARY public.my_simple;

-- Create text search dictionary public.my_simple
CREATE TEXT SEARCH DICTIONARY public.my_simple (TEMPLATE = pg_catalog.simple, accept = 'false');

-- Create text search configuration public.my_cfg
CREATE TEXT SEARCH CONFIGURATION public.my_cfg (PARSER = pg_catalog."default");

-- Set mapping for asciiword of text search configuration public.my_cfg
ALTER TEXT SEARCH CONFIGURATION public.my_cfg ALTER MAPPING FOR asciiword WITH public.my_simple;
-- @reverse
-- Drop text search configuration public.my_cfg
DROP TEXT SEARCH CONFIGURATION public.my_cfg;

-- Drop text search dictionary public.my_simple
DROP TEXT SEARCH DICTIONARY public.my_simple;

-- Create text search dictionary public.my_simple
CREATE TEXT SEARCH DICTIONARY public.my_simple (TEMPLATE = pg_catalog.simple, accept = 'true');

-- Create text search configuration public.my_cfg
CREATE TEXT SEARCH CONFIGURATION public.my_cfg (PARSER = pg_catalog."default");

-- Set mapping for asciiword of text search configuration public.my_cfg
ALTER TEXT SEARCH CONFIGURATION public.my_cfg ALTER MAPPING FOR asciiword WITH public.my_simple;
