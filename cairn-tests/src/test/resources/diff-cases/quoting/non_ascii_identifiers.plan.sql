-- Golden plans of quoting/non_ascii_identifiers.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.Bücher
CREATE TABLE public."Bücher" (
    id integer NOT NULL,
    "título" text,
    "名前" text,
    "größe" numeric,
    CONSTRAINT "Bücher_pkey" PRIMARY KEY (id)
);

-- Create index public.Bücher_título_idx on public.Bücher
CREATE INDEX "Bücher_título_idx" ON public."Bücher" USING btree ("título");
-- @reverse
-- warning: DATA_LOSS public.Bücher: table is dropped with all its rows
-- Drop table public.Bücher [DATA LOSS]
DROP TABLE public."Bücher";
