-- Golden plans of ranges/builtin_range_columns.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column public.booking.during
ALTER TABLE public.booking ADD COLUMN during tstzrange;

-- Add column public.booking.days
ALTER TABLE public.booking ADD COLUMN days daterange;

-- Add column public.booking.slots
ALTER TABLE public.booking ADD COLUMN slots int4multirange;
-- @reverse
-- warning: DATA_LOSS public.booking.during: column is dropped with its values
-- warning: DATA_LOSS public.booking.days: column is dropped with its values
-- warning: DATA_LOSS public.booking.slots: column is dropped with its values
-- Drop column public.booking.during [DATA LOSS]
ALTER TABLE public.booking DROP COLUMN during;

-- Drop column public.booking.days [DATA LOSS]
ALTER TABLE public.booking DROP COLUMN days;

-- Drop column public.booking.slots [DATA LOSS]
ALTER TABLE public.booking DROP COLUMN slots;
