-- Golden plans of partitions/fk_to_partitioned.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.note
CREATE TABLE public.note (
    id integer NOT NULL,
    event_id bigint,
    event_at date,
    CONSTRAINT note_pkey PRIMARY KEY (id)
);

-- Add foreign key note_event_id_event_at_fkey on public.note
ALTER TABLE public.note ADD CONSTRAINT note_event_id_event_at_fkey FOREIGN KEY (event_id, event_at) REFERENCES public.event(id, at);
-- @reverse
-- warning: DATA_LOSS public.note: table is dropped with all its rows
-- Drop table public.note [DATA LOSS]
DROP TABLE public.note;
