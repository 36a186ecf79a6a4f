-- Golden plans of constraints/not_null_name_follows_renamed_column_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: COLUMN_ORDER public.t: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, x; the schema says x, id)
-- Add column public.t.x (NOT NULL without default: fails unless the table is empty)
ALTER TABLE public.t ADD COLUMN x text NOT NULL;

-- Change type of public.t.id to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN id TYPE integer USING id::integer;
-- @reverse
-- warning: DATA_LOSS public.t.x: column is dropped with its values
-- Drop column public.t.x [DATA LOSS]
ALTER TABLE public.t DROP COLUMN x;

-- Change type of public.t.id to text [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN id TYPE text;
