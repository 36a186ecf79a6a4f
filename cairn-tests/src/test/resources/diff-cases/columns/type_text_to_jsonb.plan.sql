-- Golden plans of columns/type_text_to_jsonb.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.payload to jsonb [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN payload TYPE jsonb USING payload::jsonb;
-- @reverse
-- Change type of public.item.payload to text [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN payload TYPE text;
