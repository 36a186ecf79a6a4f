-- Golden plans of composites/attribute_of_recreated_view_row_type.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.ct: attributes [y] are dropped before the relation whose row type one of them uses, and added again: their values in stored rows are lost
-- Change attributes of type public.ct
ALTER TYPE public.ct DROP ATTRIBUTE y;

-- Drop view public.v
DROP VIEW public.v;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id,
    b
   FROM public.t;

-- Change attributes of type public.ct
ALTER TYPE public.ct ADD ATTRIBUTE y public.v;
-- @reverse
-- warning: DATA_LOSS public.ct: attributes [y] are dropped before the relation whose row type one of them uses, and added again: their values in stored rows are lost
-- Change attributes of type public.ct
ALTER TYPE public.ct DROP ATTRIBUTE y;

-- Drop view public.v
DROP VIEW public.v;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id,
    a
   FROM public.t;

-- Change attributes of type public.ct
ALTER TYPE public.ct ADD ATTRIBUTE y public.v;
