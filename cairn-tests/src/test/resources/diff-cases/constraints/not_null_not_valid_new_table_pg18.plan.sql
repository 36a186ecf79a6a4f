-- Golden plans of constraints/not_null_not_valid_new_table_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.t
CREATE TABLE public.t (
    id integer NOT NULL,
    code text
);

-- Add not-null constraint t_code_nn on public.t (not validated: existing rows are not checked)
ALTER TABLE public.t ADD CONSTRAINT t_code_nn NOT NULL code NOT VALID;

-- Validate not-null constraint u_x_nn on public.u (existing rows are checked; writes go on) [SCANS TABLE]
ALTER TABLE public.u VALIDATE CONSTRAINT u_x_nn;
-- @reverse
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Allow NULL in public.u.x
ALTER TABLE public.u ALTER COLUMN x DROP NOT NULL;

-- Add not-null constraint u_x_nn on public.u (not validated: existing rows are not checked)
ALTER TABLE public.u ADD CONSTRAINT u_x_nn NOT NULL x NOT VALID;
