-- Golden plans of columns/identity_options_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change identity of public.item.n
ALTER TABLE public.item ALTER COLUMN n SET INCREMENT BY 5 SET MAXVALUE 100000 SET CACHE 20;
-- @reverse
-- Change identity of public.item.n
ALTER TABLE public.item ALTER COLUMN n SET INCREMENT BY 10 SET MAXVALUE 9223372036854775807 SET CACHE 1;
