-- Golden plans of inheritance/no_inherit_keeps_not_null_name.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Stop table public.t23 inheriting from public.t15
ALTER TABLE public.t23 NO INHERIT public.t15;
-- @reverse
-- Make table public.t23 inherit from public.t15
ALTER TABLE public.t23 INHERIT public.t15;
