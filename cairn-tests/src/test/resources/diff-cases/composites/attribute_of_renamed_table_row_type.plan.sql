-- Golden plans of composites/attribute_of_renamed_table_row_type.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.ct: attributes [y, z] are dropped before the relation whose row type one of them uses, and added again: their values in stored rows are lost
-- warning: DATA_LOSS public.t4: table is dropped with all its rows (if it was renamed, give the rename explicitly)
-- warning: POSSIBLE_RENAME public.t4: dropped while public.t27 is added: a rename? (public.t4=public.t27)
-- Change attributes of type public.ct
ALTER TYPE public.ct DROP ATTRIBUTE y, DROP ATTRIBUTE z;

-- Drop table public.t4 [DATA LOSS]
DROP TABLE public.t4;

-- Create table public.t27
CREATE TABLE public.t27 (
    id integer NOT NULL,
    CONSTRAINT t27_pkey PRIMARY KEY (id)
);

-- Change attributes of type public.ct
ALTER TYPE public.ct ADD ATTRIBUTE y public.t27, ADD ATTRIBUTE z text;
-- @reverse
-- warning: DATA_LOSS public.ct: attributes [y, z] are dropped before the relation whose row type one of them uses, and added again: their values in stored rows are lost
-- warning: DATA_LOSS public.t27: table is dropped with all its rows (if it was renamed, give the rename explicitly)
-- warning: POSSIBLE_RENAME public.t27: dropped while public.t4 is added: a rename? (public.t27=public.t4)
-- Change attributes of type public.ct
ALTER TYPE public.ct DROP ATTRIBUTE y, DROP ATTRIBUTE z;

-- Drop table public.t27 [DATA LOSS]
DROP TABLE public.t27;

-- Create table public.t4
CREATE TABLE public.t4 (
    id integer NOT NULL,
    CONSTRAINT t4_pkey PRIMARY KEY (id)
);

-- Change attributes of type public.ct
ALTER TYPE public.ct ADD ATTRIBUTE y public.t4, ADD ATTRIBUTE z text;
