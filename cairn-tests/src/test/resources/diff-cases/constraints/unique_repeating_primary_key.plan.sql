-- Golden plans of constraints/unique_repeating_primary_key.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.t
CREATE TABLE public.t (
    id integer NOT NULL,
    a text,
    CONSTRAINT t_a_again UNIQUE (a),
    CONSTRAINT t_a_nnd UNIQUE NULLS NOT DISTINCT (a),
    CONSTRAINT t_id_key PRIMARY KEY (id)
);

-- Add unique constraint t_a_key on public.t
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE (a);
-- @reverse
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;
