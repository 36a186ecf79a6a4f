-- Golden plans of quoting/non_ascii_altered.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.Bücher.größe to numeric(8,2) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."Bücher" ALTER COLUMN "größe" TYPE numeric(8,2);

-- Comment on column public.Bücher.größe
COMMENT ON COLUMN public."Bücher"."größe" IS 'Größe in cm';
-- @reverse
-- Change type of public.Bücher.größe to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."Bücher" ALTER COLUMN "größe" TYPE integer;

-- Remove comment on column public.Bücher.größe
COMMENT ON COLUMN public."Bücher"."größe" IS NULL;
