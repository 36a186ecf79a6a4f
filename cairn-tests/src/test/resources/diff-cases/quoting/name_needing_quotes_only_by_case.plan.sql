-- Golden plans of quoting/name_needing_quotes_only_by_case.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.ITEM
CREATE TABLE public."ITEM" (
    id integer
);
-- @reverse
-- warning: DATA_LOSS public.ITEM: table is dropped with all its rows
-- Drop table public.ITEM [DATA LOSS]
DROP TABLE public."ITEM";
