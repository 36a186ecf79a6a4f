-- Golden plans of constraints/temporal_pk_without_overlaps_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Make public.price.product NOT NULL [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.price ALTER COLUMN product SET NOT NULL;

-- Make public.price.valid NOT NULL [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.price ALTER COLUMN valid SET NOT NULL;

-- Add primary key price_pk on public.price [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.price ADD CONSTRAINT price_pk PRIMARY KEY (product, valid WITHOUT OVERLAPS);
-- @reverse
-- Drop primary key price_pk on public.price
ALTER TABLE public.price DROP CONSTRAINT price_pk;

-- Allow NULL in public.price.product
ALTER TABLE public.price ALTER COLUMN product DROP NOT NULL;

-- Allow NULL in public.price.valid
ALTER TABLE public.price ALTER COLUMN valid DROP NOT NULL;
