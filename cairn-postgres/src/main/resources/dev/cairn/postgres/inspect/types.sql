-- User-defined types: enums (e), domains (d), ranges (r) and standalone composites (c); the columns of
-- one kind are null for the others. Collations are printed as pg_dump does: qualified unless in pg_catalog.
-- Multiranges exist from PostgreSQL 14.
SELECT t.oid, t.typnamespace AS namespace, t.typname AS name, t.typtype AS kind,
       pg_get_userbyid(t.typowner) AS owner, d.description AS comment,
       CASE WHEN t.typtype = 'e' THEN
           ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
       END AS labels,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
       t.typnotnull AS not_null,
       CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END AS default_expr,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN
           CASE WHEN con.nspname = 'pg_catalog' THEN quote_ident(co.collname)
                ELSE quote_ident(con.nspname) || '.' || quote_ident(co.collname) END
       END AS domain_collation,
       CASE WHEN t.typtype = 'r' THEN format_type(r.rngsubtype, NULL) END AS subtype,
       CASE WHEN t.typtype = 'r' AND NOT opc.opcdefault THEN quote_ident(opcn.nspname) || '.' || quote_ident(opc.opcname) END
           AS subtype_opclass,
       CASE WHEN t.typtype = 'r' AND r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN
           CASE WHEN rcon.nspname = 'pg_catalog' THEN quote_ident(rco.collname)
                ELSE quote_ident(rcon.nspname) || '.' || quote_ident(rco.collname) END
       END AS range_collation,
       CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::regproc::text END AS canonical,
       CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END AS subtype_diff,
       t.typrelid AS relation,
       mt.typname AS multirange -- only: version >= 140000
       NULL::name AS multirange -- only: version < 140000
FROM pg_type t
LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
LEFT JOIN pg_range r ON r.rngtypid = t.oid
LEFT JOIN pg_type st ON st.oid = r.rngsubtype
LEFT JOIN pg_opclass opc ON opc.oid = r.rngsubopc
LEFT JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_collation rco ON rco.oid = r.rngcollation
LEFT JOIN pg_namespace rcon ON rcon.oid = rco.collnamespace
LEFT JOIN pg_type mt ON mt.oid = r.rngmultitypid -- only: version >= 140000
WHERE t.typnamespace = ANY(?::oid[])
  AND (t.typtype IN ('e', 'd', 'r')
       OR (t.typtype = 'c' AND (SELECT k.relkind FROM pg_class k WHERE k.oid = t.typrelid) = 'c'))
