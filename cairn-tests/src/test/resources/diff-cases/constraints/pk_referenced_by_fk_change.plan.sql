-- Golden plans of constraints/pk_referenced_by_fk_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop foreign key child_parent_fk on public.child
ALTER TABLE public.child DROP CONSTRAINT child_parent_fk;

-- Drop unique constraint parent_id_tenant_key on public.parent
ALTER TABLE public.parent DROP CONSTRAINT parent_id_tenant_key;

-- Drop primary key parent_pkey on public.parent
ALTER TABLE public.parent DROP CONSTRAINT parent_pkey;

-- Add column public.child.parent_tenant
ALTER TABLE public.child ADD COLUMN parent_tenant integer;

-- Add primary key parent_pkey on public.parent [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.parent ADD CONSTRAINT parent_pkey PRIMARY KEY (id, tenant);

-- Add foreign key child_parent_fk on public.child [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE public.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id, parent_tenant) REFERENCES public.parent(id, tenant);
-- @reverse
-- warning: DATA_LOSS public.child.parent_tenant: column is dropped with its values
-- Drop foreign key child_parent_fk on public.child
ALTER TABLE public.child DROP CONSTRAINT child_parent_fk;

-- Drop primary key parent_pkey on public.parent
ALTER TABLE public.parent DROP CONSTRAINT parent_pkey;

-- Drop column public.child.parent_tenant [DATA LOSS]
ALTER TABLE public.child DROP COLUMN parent_tenant;

-- Add unique constraint parent_id_tenant_key on public.parent [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.parent ADD CONSTRAINT parent_id_tenant_key UNIQUE (id, tenant);

-- Add primary key parent_pkey on public.parent [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.parent ADD CONSTRAINT parent_pkey PRIMARY KEY (id);

-- Add foreign key child_parent_fk on public.child [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE public.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parent(id);
