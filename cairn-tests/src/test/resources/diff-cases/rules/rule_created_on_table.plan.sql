-- Golden plans of rules/rule_created_on_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create rule public.entry.no_negative
CREATE RULE no_negative AS
    ON INSERT TO public.entry
   WHERE (new.amount < 0) DO INSTEAD NOTHING;

-- Comment on rule public.entry.no_negative
COMMENT ON RULE no_negative ON public.entry IS 'silently ignore';
-- @reverse
-- Drop rule public.entry.no_negative
DROP RULE no_negative ON public.entry;
