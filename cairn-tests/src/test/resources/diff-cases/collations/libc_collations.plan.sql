-- Golden plans of collations/libc_collations.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create schema app
CREATE SCHEMA app;

-- Create collation app.c_mixed
CREATE COLLATION app.c_mixed (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');

-- Create collation app.c_plain
CREATE COLLATION app.c_plain (provider = libc, locale = 'C');

-- Create table app.code
CREATE TABLE app.code (
    id integer,
    code text COLLATE "app"."c_plain",
    label character varying(20) COLLATE "app"."c_mixed"
);

-- Create view app.code_sorted
CREATE VIEW app.code_sorted AS
SELECT id,
    code COLLATE app.c_mixed AS code
   FROM app.code;
-- @reverse
-- warning: DATA_LOSS app.code: table is dropped with all its rows
-- Drop view app.code_sorted
DROP VIEW app.code_sorted;

-- Drop table app.code [DATA LOSS]
DROP TABLE app.code;

-- Drop collation app.c_mixed
DROP COLLATION app.c_mixed;

-- Drop collation app.c_plain
DROP COLLATION app.c_plain;

-- Drop schema app
DROP SCHEMA app;
