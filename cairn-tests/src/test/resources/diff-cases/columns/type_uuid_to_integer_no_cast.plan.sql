-- Golden plans of columns/type_uuid_to_integer_no_cast.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: UNSUPPORTED public.item.ref: PostgreSQL has no cast from uuid to integer: the column is converted through its text form, which fails on values that do not read as integer; if that is not what you want, write this conversion by hand
-- Change type of public.item.ref to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN ref TYPE integer USING ref::text::integer;
-- @reverse
-- warning: UNSUPPORTED public.item.ref: PostgreSQL has no cast from integer to uuid: the column is converted through its text form, which fails on values that do not read as uuid; if that is not what you want, write this conversion by hand
-- Change type of public.item.ref to uuid [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN ref TYPE uuid USING ref::text::uuid;
