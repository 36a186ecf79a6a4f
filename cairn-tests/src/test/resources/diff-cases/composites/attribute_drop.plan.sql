-- Golden plans of composites/attribute_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change attributes of type public.address
ALTER TYPE public.address DROP ATTRIBUTE country;
-- @reverse
-- Change attributes of type public.address
ALTER TYPE public.address ADD ATTRIBUTE country character(2);
