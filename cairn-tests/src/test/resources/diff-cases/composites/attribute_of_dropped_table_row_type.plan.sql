-- Golden plans of composites/attribute_of_dropped_table_row_type.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.ct: attributes [y] are dropped before the relation whose row type one of them uses, and added again: their values in stored rows are lost
-- warning: DATA_LOSS public.ct2: attributes [y, z] are dropped before the relation whose row type one of them uses, and added again: their values in stored rows are lost
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Change attributes of type public.ct
ALTER TYPE public.ct DROP ATTRIBUTE y;

-- Change attributes of type public.ct2
ALTER TYPE public.ct2 DROP ATTRIBUTE y, DROP ATTRIBUTE z;

-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Change attributes of type public.ct2
ALTER TYPE public.ct2 ADD ATTRIBUTE z text;
-- @reverse
-- warning: DATA_LOSS public.ct2: attributes [z] are dropped and added again to reach the target's attribute order: their values in stored rows are lost
-- Create table public.t
CREATE TABLE public.t (
    id integer NOT NULL,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);

-- Change attributes of type public.ct
ALTER TYPE public.ct ADD ATTRIBUTE y public.t;

-- Change attributes of type public.ct2
ALTER TYPE public.ct2 DROP ATTRIBUTE z, ADD ATTRIBUTE y public.t, ADD ATTRIBUTE z text;
