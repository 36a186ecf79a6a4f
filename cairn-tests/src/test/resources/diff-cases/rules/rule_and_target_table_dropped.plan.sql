-- Golden plans of rules/rule_and_target_table_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.audit: table is dropped with all its rows
-- Drop rule public.entry.audit_delete
DROP RULE audit_delete ON public.entry;

-- Drop table public.audit [DATA LOSS]
DROP TABLE public.audit;
-- @reverse
-- Create table public.audit
CREATE TABLE public.audit (
    id integer,
    amount integer
);

-- Create rule public.entry.audit_delete
CREATE RULE audit_delete AS
    ON DELETE TO public.entry DO  INSERT INTO public.audit (id, amount)
  VALUES (old.id, old.amount);
