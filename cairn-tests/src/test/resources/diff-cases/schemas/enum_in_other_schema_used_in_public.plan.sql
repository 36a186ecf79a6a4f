-- Golden plans of schemas/enum_in_other_schema_used_in_public.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add value 'blue' to enum ref.color after 'green' [USABLE AFTER COMMIT]
ALTER TYPE ref.color ADD VALUE 'blue' AFTER 'green';
-- @reverse
-- warning: DATA_LOSS ref.color: enum values [blue] are removed; rows holding them make the conversion fail
-- Rebuild enum ref.color (values removed or reordered): move the old type aside
ALTER TYPE ref.color RENAME TO color__old;

-- Rebuild enum ref.color: create it with the new values
CREATE TYPE ref.color AS ENUM ('red', 'green');

-- Convert public.paint.c to the rebuilt enum ref.color (fails on rows holding [blue]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.paint ALTER COLUMN c TYPE ref.color USING c::text::ref.color;

-- Rebuild enum ref.color: drop the old type
DROP TYPE ref.color__old;
