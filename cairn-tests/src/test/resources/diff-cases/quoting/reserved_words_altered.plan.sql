-- Golden plans of quoting/reserved_words_altered.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.order.select to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."order" ALTER COLUMN "select" TYPE bigint;

-- Change type of public.order.from to character varying(10) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."order" ALTER COLUMN "from" TYPE character varying(10);

-- Make public.order.from NOT NULL [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."order" ALTER COLUMN "from" SET NOT NULL;

-- Set default of public.order.from
ALTER TABLE public."order" ALTER COLUMN "from" SET DEFAULT 'x'::character varying;

-- Add column public.order.limit
ALTER TABLE public."order" ADD COLUMN "limit" integer;
-- @reverse
-- warning: DATA_LOSS public.order.limit: column is dropped with its values
-- Drop column public.order.limit [DATA LOSS]
ALTER TABLE public."order" DROP COLUMN "limit";

-- Change type of public.order.select to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."order" ALTER COLUMN "select" TYPE integer;

-- Drop default of public.order.from
ALTER TABLE public."order" ALTER COLUMN "from" DROP DEFAULT;

-- Change type of public.order.from to text (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."order" ALTER COLUMN "from" TYPE text;

-- Allow NULL in public.order.from
ALTER TABLE public."order" ALTER COLUMN "from" DROP NOT NULL;
