-- Golden plans of text_search/config_and_dictionary_created.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create text search dictionary public.simple_keep
CREATE TEXT SEARCH DICTIONARY public.simple_keep (TEMPLATE = pg_catalog.simple, accept = 'false');

-- Create text search configuration public.doc_cfg
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = pg_catalog."default");

-- Set mapping for asciiword of text search configuration public.doc_cfg
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ALTER MAPPING FOR asciiword WITH public.simple_keep, pg_catalog.english_stem;

-- Set mapping for int of text search configuration public.doc_cfg
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ALTER MAPPING FOR "int" WITH pg_catalog.simple;

-- Set mapping for uint of text search configuration public.doc_cfg
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ALTER MAPPING FOR uint WITH pg_catalog.simple;

-- Set mapping for word of text search configuration public.doc_cfg
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ALTER MAPPING FOR word WITH public.simple_keep, pg_catalog.english_stem;

-- Add column public.doc.tsv (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.doc ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.doc_cfg'::regconfig, COALESCE(body, ''::text))) STORED;

-- Create index public.doc_body_fts on public.doc [BLOCKS WRITES]
CREATE INDEX doc_body_fts ON public.doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));

-- Comment on text search dictionary public.simple_keep
COMMENT ON TEXT SEARCH DICTIONARY public.simple_keep IS 'passes words on';
-- @reverse
-- Drop index public.doc_body_fts
DROP INDEX public.doc_body_fts;

-- Drop column public.doc.tsv
ALTER TABLE public.doc DROP COLUMN tsv;

-- Drop text search configuration public.doc_cfg
DROP TEXT SEARCH CONFIGURATION public.doc_cfg;

-- Drop text search dictionary public.simple_keep
DROP TEXT SEARCH DICTIONARY public.simple_keep;
