-- Golden plans of constraints/not_null_no_inherit_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.n
CREATE TABLE public.n (
    id integer CONSTRAINT n_id_required NOT NULL NO INHERIT,
    b integer NOT NULL NO INHERIT
);

-- Allow NULL in public.t.id
ALTER TABLE public.t ALTER COLUMN id DROP NOT NULL;

-- Allow NULL in public.t.a
ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL;

-- Add not-null constraint t_a_not_null on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD NOT NULL a NO INHERIT;

-- Add not-null constraint t_id_not_null on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD NOT NULL id;
-- @reverse
-- warning: DATA_LOSS public.n: table is dropped with all its rows
-- Drop table public.n [DATA LOSS]
DROP TABLE public.n;

-- Allow NULL in public.t.id
ALTER TABLE public.t ALTER COLUMN id DROP NOT NULL;

-- Allow NULL in public.t.a
ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL;

-- Add not-null constraint t_a_not_null on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD NOT NULL a;

-- Add not-null constraint t_id_not_null on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD NOT NULL id NO INHERIT;
