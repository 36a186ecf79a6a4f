-- Golden plans of collations/icu_rules_pg16.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create collation public.b_first
CREATE COLLATION public.b_first (provider = icu, locale = 'und', rules = '&a < b');

-- Create table public.word
CREATE TABLE public.word (
    w text COLLATE "public"."b_first"
);
-- @reverse
-- warning: DATA_LOSS public.word: table is dropped with all its rows
-- Drop table public.word [DATA LOSS]
DROP TABLE public.word;

-- Drop collation public.b_first
DROP COLLATION public.b_first;
