-- Golden plans of composites/composite_attribute_collation.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change attributes of type public.label
ALTER TYPE public.label ALTER ATTRIBUTE txt TYPE text COLLATE "C";
-- @reverse
-- Change attributes of type public.label
ALTER TYPE public.label ALTER ATTRIBUTE txt TYPE text;
