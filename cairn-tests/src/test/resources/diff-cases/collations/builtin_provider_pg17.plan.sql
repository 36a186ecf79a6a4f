-- Golden plans of collations/builtin_provider_pg17.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create collation public.c_utf8
CREATE COLLATION public.c_utf8 (provider = builtin, locale = 'C.UTF-8');

-- Change collation of public.word.w to public.c_utf8 (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.word ALTER COLUMN w TYPE text COLLATE "public"."c_utf8";
-- @reverse
-- Change collation of public.word.w to null (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.word ALTER COLUMN w TYPE text;

-- Drop collation public.c_utf8
DROP COLLATION public.c_utf8;
