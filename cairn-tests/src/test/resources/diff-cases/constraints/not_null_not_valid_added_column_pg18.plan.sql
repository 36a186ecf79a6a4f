-- Golden plans of constraints/not_null_not_valid_added_column_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column public.t.code
ALTER TABLE public.t ADD COLUMN code text;

-- Add not-null constraint t_code_nn on public.t (not validated: existing rows are not checked)
ALTER TABLE public.t ADD CONSTRAINT t_code_nn NOT NULL code NOT VALID;
-- @reverse
-- warning: DATA_LOSS public.t.code: column is dropped with its values
-- Drop column public.t.code [DATA LOSS]
ALTER TABLE public.t DROP COLUMN code;
