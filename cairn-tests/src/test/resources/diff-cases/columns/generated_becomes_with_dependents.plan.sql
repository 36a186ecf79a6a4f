-- Golden plans of columns/generated_becomes_with_dependents.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.item.total: column becomes generated: it is dropped and added again, its values are recomputed
-- Drop trigger item_total_touch on public.item
DROP TRIGGER item_total_touch ON public.item;

-- Drop policy item_small on public.item
DROP POLICY item_small ON public.item;

-- Drop view public.item_totals
DROP VIEW public.item_totals;

-- Drop foreign key line_item_fk on public.line
ALTER TABLE public.line DROP CONSTRAINT line_item_fk;

-- Drop unique constraint item_total_key on public.item
ALTER TABLE public.item DROP CONSTRAINT item_total_key;

-- Drop check constraint item_total_positive on public.item
ALTER TABLE public.item DROP CONSTRAINT item_total_positive;

-- Drop index public.item_total_idx
DROP INDEX public.item_total_idx;

-- Drop column public.item.total [DATA LOSS]
ALTER TABLE public.item DROP COLUMN total;

-- Add column public.item.total (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD COLUMN total integer GENERATED ALWAYS AS ((price * qty)) STORED;

-- Create view public.item_totals
CREATE VIEW public.item_totals AS
SELECT id,
    total
   FROM public.item;

-- Add unique constraint item_total_key on public.item [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD CONSTRAINT item_total_key UNIQUE (id, total);

-- Add check constraint item_total_positive on public.item [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD CONSTRAINT item_total_positive CHECK ((total >= 0));

-- Create index public.item_total_idx on public.item [BLOCKS WRITES]
CREATE INDEX item_total_idx ON public.item USING btree (total);

-- Add foreign key line_item_fk on public.line [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE public.line ADD CONSTRAINT line_item_fk FOREIGN KEY (item_id, item_total) REFERENCES public.item(id, total);

-- Create trigger item_total_touch on public.item
CREATE TRIGGER item_total_touch BEFORE UPDATE OF total ON public.item FOR EACH ROW EXECUTE FUNCTION public.touch();

-- Enable trigger item_total_touch on public.item
ALTER TABLE public.item ENABLE TRIGGER item_total_touch;

-- Create policy item_small on public.item
CREATE POLICY item_small ON public.item TO PUBLIC USING ((total < 1000));

-- Comment on column public.item.total
COMMENT ON COLUMN public.item.total IS 'price times quantity';

-- Comment on constraint line_item_fk on public.line
COMMENT ON CONSTRAINT line_item_fk ON public.line IS 'the line''s item';
-- @reverse
-- Drop view public.item_totals
DROP VIEW public.item_totals;

-- Make generated column public.item.total a plain column
ALTER TABLE public.item ALTER COLUMN total DROP EXPRESSION;

-- Create view public.item_totals
CREATE VIEW public.item_totals AS
SELECT id,
    total
   FROM public.item;
