-- A configuration used by an index changes its mappings (one replaced, one added, one removed): altered in place
-- with ALTER MAPPING / DROP MAPPING, the index is kept.
-- @from
CREATE TEXT SEARCH CONFIGURATION doc_cfg (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION doc_cfg DROP MAPPING FOR email, url;
CREATE TABLE doc (id int PRIMARY KEY, body text);
CREATE INDEX doc_body_fts ON doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
-- @rows
INSERT INTO doc VALUES (1, 'The quick brown fox');
-- @to
CREATE TEXT SEARCH CONFIGURATION doc_cfg (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION doc_cfg DROP MAPPING FOR email, hword;
ALTER TEXT SEARCH CONFIGURATION doc_cfg ALTER MAPPING FOR asciiword WITH pg_catalog.simple;
CREATE TABLE doc (id int PRIMARY KEY, body text);
CREATE INDEX doc_body_fts ON doc USING gin (to_tsvector('public.doc_cfg'::regconfig, body));
