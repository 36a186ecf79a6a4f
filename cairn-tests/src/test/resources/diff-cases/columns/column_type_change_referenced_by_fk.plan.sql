-- Golden plans of columns/column_type_change_referenced_by_fk.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.child.parent_id to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.child ALTER COLUMN parent_id TYPE bigint;

-- Change type of public.parent.id to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.parent ALTER COLUMN id TYPE bigint;
-- @reverse
-- Change type of public.child.parent_id to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.child ALTER COLUMN parent_id TYPE integer;

-- Change type of public.parent.id to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.parent ALTER COLUMN id TYPE integer;
