-- Golden plans of columns/type_int_to_int_array.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.tags to integer[] [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN tags TYPE integer[] USING ARRAY[tags];
-- @reverse
-- warning: DATA_LOSS public.item.tags: array column becomes integer: only each array's first element is kept
-- Change type of public.item.tags to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN tags TYPE integer USING (tags)[1];
