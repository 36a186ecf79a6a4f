-- Golden plans of text_search/config_mapping_changed_in_place.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Remove mapping for hword of text search configuration public.doc_cfg
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg DROP MAPPING FOR hword;

-- Set mapping for asciiword of text search configuration public.doc_cfg to pg_catalog.simple
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ALTER MAPPING FOR asciiword WITH pg_catalog.simple;

-- Set mapping for url of text search configuration public.doc_cfg to pg_catalog.simple
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ALTER MAPPING FOR url WITH pg_catalog.simple;
-- @reverse
-- Remove mapping for url of text search configuration public.doc_cfg
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg DROP MAPPING FOR url;

-- Set mapping for asciiword of text search configuration public.doc_cfg to pg_catalog.english_stem
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ALTER MAPPING FOR asciiword WITH pg_catalog.english_stem;

-- Set mapping for hword of text search configuration public.doc_cfg to pg_catalog.english_stem
ALTER TEXT SEARCH CONFIGURATION public.doc_cfg ALTER MAPPING FOR hword WITH pg_catalog.english_stem;
