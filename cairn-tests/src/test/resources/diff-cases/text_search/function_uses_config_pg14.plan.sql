-- Golden plans of text_search/function_uses_config_pg14.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create text search configuration search.cfg
CREATE TEXT SEARCH CONFIGURATION search.cfg (PARSER = pg_catalog."default");

-- Set mapping for asciihword of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR asciihword WITH pg_catalog.simple;

-- Set mapping for asciiword of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR asciiword WITH pg_catalog.simple;

-- Set mapping for email of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR email WITH pg_catalog.simple;

-- Set mapping for file of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR file WITH pg_catalog.simple;

-- Set mapping for float of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR "float" WITH pg_catalog.simple;

-- Set mapping for host of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR host WITH pg_catalog.simple;

-- Set mapping for hword of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR hword WITH pg_catalog.simple;

-- Set mapping for hword_asciipart of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR hword_asciipart WITH pg_catalog.simple;

-- Set mapping for hword_numpart of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR hword_numpart WITH pg_catalog.simple;

-- Set mapping for hword_part of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR hword_part WITH pg_catalog.simple;

-- Set mapping for int of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR "int" WITH pg_catalog.simple;

-- Set mapping for numhword of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR numhword WITH pg_catalog.simple;

-- Set mapping for numword of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR numword WITH pg_catalog.simple;

-- Set mapping for sfloat of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR sfloat WITH pg_catalog.simple;

-- Set mapping for uint of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR uint WITH pg_catalog.simple;

-- Set mapping for url of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR url WITH pg_catalog.simple;

-- Set mapping for url_path of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR url_path WITH pg_catalog.simple;

-- Set mapping for version of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR version WITH pg_catalog.simple;

-- Set mapping for word of text search configuration search.cfg
ALTER TEXT SEARCH CONFIGURATION search.cfg ALTER MAPPING FOR word WITH pg_catalog.simple;

-- Create function search.words(t text)
CREATE OR REPLACE FUNCTION search.words(t text)
 RETURNS tsvector
 LANGUAGE sql
 IMMUTABLE
RETURN to_tsvector('search.cfg'::regconfig, t);
-- @reverse
-- Drop function search.words(t text)
DROP FUNCTION search.words(t text);

-- Drop text search configuration search.cfg
DROP TEXT SEARCH CONFIGURATION search.cfg;
