-- Golden plans of domains/drop_domain.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.t.n: column is dropped with its values
-- Drop column public.t.n [DATA LOSS]
ALTER TABLE public.t DROP COLUMN n;

-- Drop domain public.positive_int
DROP DOMAIN public.positive_int;
-- @reverse
-- Create domain public.positive_int
CREATE DOMAIN public.positive_int AS integer CONSTRAINT positive_int_check CHECK ((VALUE > 0));

-- Add column public.t.n
ALTER TABLE public.t ADD COLUMN n public.positive_int;
