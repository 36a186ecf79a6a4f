-- Golden plans of rules/rule_redefined_and_disabled.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop rule public.entry.no_negative
DROP RULE no_negative ON public.entry;

-- Set state of rule public.entry.no_delete to disabled
ALTER TABLE public.entry DISABLE RULE no_delete;

-- Create rule public.entry.no_negative
CREATE RULE no_negative AS
    ON INSERT TO public.entry
   WHERE (new.amount <= 0) DO INSTEAD NOTHING;
-- @reverse
-- Drop rule public.entry.no_negative
DROP RULE no_negative ON public.entry;

-- Set state of rule public.entry.no_delete to enabled
ALTER TABLE public.entry ENABLE RULE no_delete;

-- Create rule public.entry.no_negative
CREATE RULE no_negative AS
    ON INSERT TO public.entry
   WHERE (new.amount < 0) DO INSTEAD NOTHING;
