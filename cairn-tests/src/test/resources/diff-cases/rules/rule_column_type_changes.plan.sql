-- Golden plans of rules/rule_column_type_changes.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop rule public.entry.no_negative
DROP RULE no_negative ON public.entry;

-- Change type of public.entry.amount to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.entry ALTER COLUMN amount TYPE bigint;

-- Create rule public.entry.no_negative
CREATE RULE no_negative AS
    ON INSERT TO public.entry
   WHERE (new.amount < 0) DO INSTEAD NOTHING;
-- @reverse
-- Drop rule public.entry.no_negative
DROP RULE no_negative ON public.entry;

-- Change type of public.entry.amount to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.entry ALTER COLUMN amount TYPE integer;

-- Create rule public.entry.no_negative
CREATE RULE no_negative AS
    ON INSERT TO public.entry
   WHERE (new.amount < 0) DO INSTEAD NOTHING;
