-- A dictionary (simple template with options) and a configuration mapping token types to it and to a built-in
-- dictionary, used by an expression index and a generated column of an existing table: created before the index
-- and the column, dropped after them back; the rows keep their values.
-- @from
CREATE TABLE doc (id int PRIMARY KEY, body text);
-- @rows
INSERT INTO doc VALUES (1, 'The quick brown fox');
-- @to
CREATE TEXT SEARCH DICTIONARY simple_keep (TEMPLATE = pg_catalog.simple, accept = false);
COMMENT ON TEXT SEARCH DICTIONARY simple_keep IS 'passes words on';
CREATE TEXT SEARCH CONFIGURATION doc_cfg (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION doc_cfg ADD MAPPING FOR asciiword, word WITH simple_keep, english_stem;
ALTER TEXT SEARCH CONFIGURATION doc_cfg ADD MAPPING FOR int, uint WITH simple;
CREATE TABLE doc (id int PRIMARY KEY, body text,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.doc_cfg'::regconfig, coalesce(body, ''))) STORED);
CREATE INDEX doc_body_fts ON doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
