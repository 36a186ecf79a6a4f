-- Golden plans of collations/collation_dropped_with_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.tag: table is dropped with all its rows
-- Drop table public.tag [DATA LOSS]
DROP TABLE public.tag;

-- Drop collation public.ci
DROP COLLATION public.ci;
-- @reverse
-- Create collation public.ci
CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- Create table public.tag
CREATE TABLE public.tag (
    name text COLLATE "public"."ci" NOT NULL,
    CONSTRAINT tag_pkey PRIMARY KEY (name)
);
