-- Golden plans of columns/type_enum_to_integer_and_other_enum.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: UNSUPPORTED public.t.level: PostgreSQL has no cast from public.mood to integer: the column is converted through its text form, which fails on values that do not read as integer; if that is not what you want, write this conversion by hand
-- warning: UNSUPPORTED public.t.f: PostgreSQL has no cast from public.mood to public.feeling: the column is converted through its text form, which fails on values that do not read as public.feeling; if that is not what you want, write this conversion by hand
-- Change type of public.t.level to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN level TYPE integer USING level::text::integer;

-- Change type of public.t.f to public.feeling [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN f TYPE public.feeling USING f::text::public.feeling;

-- Change type of public.t.tags to text[] [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN tags TYPE text[] USING ARRAY[tags];
-- @reverse
-- warning: UNSUPPORTED public.t.level: PostgreSQL has no cast from integer to public.mood: the column is converted through its text form, which fails on values that do not read as public.mood; if that is not what you want, write this conversion by hand
-- warning: UNSUPPORTED public.t.f: PostgreSQL has no cast from public.feeling to public.mood: the column is converted through its text form, which fails on values that do not read as public.mood; if that is not what you want, write this conversion by hand
-- warning: DATA_LOSS public.t.tags: array column becomes text: only each array's first element is kept
-- Change type of public.t.level to public.mood [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN level TYPE public.mood USING level::text::public.mood;

-- Change type of public.t.f to public.mood [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN f TYPE public.mood USING f::text::public.mood;

-- Change type of public.t.tags to text [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN tags TYPE text USING (tags)[1];
