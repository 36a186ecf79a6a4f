-- Golden plans of composites/attribute_type_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change attributes of type public.address
ALTER TYPE public.address ALTER ATTRIBUTE zip TYPE character varying(10);
-- @reverse
-- Change attributes of type public.address
ALTER TYPE public.address ALTER ATTRIBUTE zip TYPE integer;
