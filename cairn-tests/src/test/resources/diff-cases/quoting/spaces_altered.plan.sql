-- Golden plans of quoting/spaces_altered.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.odd table.a column to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."odd table" ALTER COLUMN "a column" TYPE bigint;

-- Set default of public.odd table.a column
ALTER TABLE public."odd table" ALTER COLUMN "a column" SET DEFAULT 0;

-- Add column public.odd table.another column
ALTER TABLE public."odd table" ADD COLUMN "another column" text;
-- @reverse
-- warning: DATA_LOSS public.odd table.another column: column is dropped with its values
-- Drop column public.odd table.another column [DATA LOSS]
ALTER TABLE public."odd table" DROP COLUMN "another column";

-- Drop default of public.odd table.a column
ALTER TABLE public."odd table" ALTER COLUMN "a column" DROP DEFAULT;

-- Change type of public.odd table.a column to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."odd table" ALTER COLUMN "a column" TYPE integer;
