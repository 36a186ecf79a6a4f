-- Golden plans of collations/icu_collation_for_column_index_domain.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create collation public.ci
CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- Create domain public.ci_text
CREATE DOMAIN public.ci_text AS text COLLATE "public"."ci";

-- Change collation of public.person.email to public.ci (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.person ALTER COLUMN email TYPE text COLLATE "public"."ci";

-- Add column public.person.nick
ALTER TABLE public.person ADD COLUMN nick public.ci_text;

-- Create index public.person_email on public.person [BLOCKS WRITES]
CREATE INDEX person_email ON public.person USING btree (email);

-- Comment on collation public.ci
COMMENT ON COLLATION public.ci IS 'case-insensitive';
-- @reverse
-- warning: DATA_LOSS public.person.nick: column is dropped with its values
-- Drop index public.person_email
DROP INDEX public.person_email;

-- Drop column public.person.nick [DATA LOSS]
ALTER TABLE public.person DROP COLUMN nick;

-- Change collation of public.person.email to null (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.person ALTER COLUMN email TYPE text;

-- Drop domain public.ci_text
DROP DOMAIN public.ci_text;

-- Drop collation public.ci
DROP COLLATION public.ci;
