-- Casts (a defined kind: the columns DefinedReader reads) made by users (oid past FirstNormalObjectId) whose source,
-- target or function is in an included schema, or between two built-in types without a function of its own
-- (WITHOUT FUNCTION, WITH INOUT); not those another object owns (deptype i: a range's cast to its multirange).
-- Named "source AS target"; a cast has no owner of its own.
SELECT 'pg_cast' AS catalog, c.oid, 'CAST' AS kind, NULL::oid AS namespace,
       format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) AS name,
       'CAST (' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ')' AS address,
       ARRAY['CREATE CAST (' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ') '
           || CASE c.castmethod WHEN 'f' THEN 'WITH FUNCTION ' || quote_ident(pn.nspname) || '.' || quote_ident(p.proname)
                                          || '(' || oidvectortypes(p.proargtypes) || ')'
                                WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END
           || CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END] AS definition,
       NULL::text AS settings, d.description AS comment, NULL::text AS owner,
       NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM pg_cast c
JOIN pg_type st ON st.oid = c.castsource
JOIN pg_type tt ON tt.oid = c.casttarget
LEFT JOIN pg_proc p ON p.oid = c.castfunc
LEFT JOIN pg_namespace pn ON pn.oid = p.pronamespace
LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_cast'::regclass AND d.objsubid = 0
WHERE c.oid >= 16384
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_cast'::regclass AND x.objid = c.oid AND x.deptype = 'i')
  AND (st.typnamespace = ANY(?::oid[]) OR tt.typnamespace = ANY(?::oid[]) OR p.pronamespace = ANY(?::oid[])
       OR (c.castfunc = 0 AND st.typnamespace = 'pg_catalog'::regnamespace AND tt.typnamespace = 'pg_catalog'::regnamespace))
