-- Golden plans of dependencies/drop_referenced_key_and_referencing_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.spring_session.primary_id: column is dropped with its values
-- warning: DATA_LOSS public.spring_session_attributes: table is dropped with all its rows
-- Drop foreign key spring_session_attributes_fk on public.spring_session_attributes
ALTER TABLE public.spring_session_attributes DROP CONSTRAINT spring_session_attributes_fk;

-- Drop primary key spring_session_pk on public.spring_session
ALTER TABLE public.spring_session DROP CONSTRAINT spring_session_pk;

-- Drop table public.spring_session_attributes [DATA LOSS]
DROP TABLE public.spring_session_attributes;

-- Drop column public.spring_session.primary_id [DATA LOSS]
ALTER TABLE public.spring_session DROP COLUMN primary_id;
-- @reverse
-- warning: COLUMN_ORDER public.spring_session: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets session_id, primary_id; the schema says primary_id, session_id)
-- Create table public.spring_session_attributes
CREATE TABLE public.spring_session_attributes (
    session_primary_id character(36) NOT NULL,
    attribute_name character varying(200) NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name)
);

-- Add column public.spring_session.primary_id (NOT NULL without default: fails unless the table is empty)
ALTER TABLE public.spring_session ADD COLUMN primary_id character(36) NOT NULL;

-- Add primary key spring_session_pk on public.spring_session [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.spring_session ADD CONSTRAINT spring_session_pk PRIMARY KEY (primary_id);

-- Add foreign key spring_session_attributes_fk on public.spring_session_attributes
ALTER TABLE public.spring_session_attributes ADD CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES public.spring_session(primary_id) ON DELETE CASCADE;
