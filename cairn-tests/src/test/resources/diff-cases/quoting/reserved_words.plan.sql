-- Golden plans of quoting/reserved_words.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.order
CREATE TABLE public."order" (
    "select" integer NOT NULL,
    "from" text,
    "user" text DEFAULT 'x'::text,
    "table" boolean,
    CONSTRAINT order_pkey PRIMARY KEY ("select")
);

-- Create view public.group
CREATE VIEW public."group" AS
SELECT "select",
    "from"
   FROM public."order";

-- Create index public.where on public.order
CREATE INDEX "where" ON public."order" USING btree ("from");
-- @reverse
-- warning: DATA_LOSS public.order: table is dropped with all its rows
-- Drop view public.group
DROP VIEW public."group";

-- Drop table public.order [DATA LOSS]
DROP TABLE public."order";
