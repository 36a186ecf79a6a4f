-- Extended statistics objects (a defined kind: the columns DefinedReader reads), with the columns they read (keys and
-- expressions, through pg_depend). The statement is built here rather than by pg_get_statisticsobjdef, which lists
-- the columns in table order: a table whose columns were added in another order has the same statistics. Columns
-- and expressions are sorted by their text, the kinds left out when they are all there (the default). The statistics target is a setting (stxstattarget:
-- -1 before PostgreSQL 17, NULL from 17 for the default; read through to_jsonb so one text serves every major).
SELECT 'pg_statistic_ext' AS catalog, s.oid, 'STATISTICS' AS kind, s.stxnamespace AS namespace, s.stxname AS name,
       'STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname) AS address,
       ARRAY['CREATE STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname)
           || CASE WHEN s.stxkind @> ARRAY['d', 'f', 'm']::"char"[] OR s.stxkind <@ ARRAY['e']::"char"[] THEN ''
                   ELSE ' (' || array_to_string(ARRAY[CASE WHEN 'd' = ANY(s.stxkind) THEN 'ndistinct' END,
                                                      CASE WHEN 'f' = ANY(s.stxkind) THEN 'dependencies' END,
                                                      CASE WHEN 'm' = ANY(s.stxkind) THEN 'mcv' END], ', ') || ')' END
           || ' ON ' || array_to_string(ARRAY(SELECT quote_ident(a.attname) FROM pg_attribute a
                                              WHERE a.attrelid = s.stxrelid AND a.attnum = ANY(s.stxkeys) ORDER BY a.attname)
                                        || ARRAY(SELECT '(' || e || ')' FROM unnest(pg_get_statisticsobjdef_expressions(s.oid)) e ORDER BY e) -- only: version >= 140000
                                        , ', ')
           || ' FROM ' || quote_ident(cn.nspname) || '.' || quote_ident(cl.relname)] AS definition,
       CASE WHEN COALESCE(to_jsonb(s) ->> 'stxstattarget', '-1') <> '-1' THEN
           json_build_array(json_build_object('name', 'statistics target', 'value', to_jsonb(s) ->> 'stxstattarget',
               'set', 'ALTER STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname) || ' SET STATISTICS '
                      || (to_jsonb(s) ->> 'stxstattarget'),
               'unset', 'ALTER STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname) || ' SET STATISTICS -1',
               'implied', false))::text END AS settings,
       d.description AS comment, pg_get_userbyid(s.stxowner) AS owner,
       cl.relnamespace AS on_namespace, cl.relname AS on_relation,
       ARRAY(SELECT DISTINCT a.attname::text FROM pg_depend x JOIN pg_attribute a ON a.attrelid = x.refobjid AND a.attnum = x.refobjsubid
             WHERE x.classid = 'pg_statistic_ext'::regclass AND x.objid = s.oid AND x.refclassid = 'pg_class'::regclass
               AND x.refobjsubid > 0 ORDER BY 1) AS on_columns
FROM pg_statistic_ext s
JOIN pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_class cl ON cl.oid = s.stxrelid
JOIN pg_namespace cn ON cn.oid = cl.relnamespace
LEFT JOIN pg_description d ON d.objoid = s.oid AND d.classoid = 'pg_statistic_ext'::regclass AND d.objsubid = 0
WHERE s.stxnamespace = ANY(?::oid[])
