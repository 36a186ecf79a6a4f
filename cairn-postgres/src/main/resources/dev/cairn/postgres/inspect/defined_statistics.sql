-- Extended statistics objects (a defined kind: the columns DefinedReader reads) from pg_get_statisticsobjdef, with the
-- columns they read (keys and expressions, through pg_depend). The statistics target is a setting (stxstattarget:
-- -1 before PostgreSQL 17, NULL from 17 for the default; read through to_jsonb so one text serves every major).
SELECT 'pg_statistic_ext' AS catalog, s.oid, 'STATISTICS' AS kind, s.stxnamespace AS namespace, s.stxname AS name,
       'STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname) AS address,
       ARRAY[pg_get_statisticsobjdef(s.oid)] AS definition,
       CASE WHEN COALESCE(to_jsonb(s) ->> 'stxstattarget', '-1') <> '-1' THEN
           json_build_array(json_build_object('name', 'statistics target', 'value', to_jsonb(s) ->> 'stxstattarget',
               'set', 'ALTER STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname) || ' SET STATISTICS '
                      || (to_jsonb(s) ->> 'stxstattarget'),
               'unset', 'ALTER STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname) || ' SET STATISTICS -1',
               'implied', false))::text END AS settings,
       d.description AS comment, pg_get_userbyid(s.stxowner) AS owner,
       cl.relnamespace AS on_namespace, cl.relname AS on_relation,
       ARRAY(SELECT a.attname::text FROM pg_depend x JOIN pg_attribute a ON a.attrelid = x.refobjid AND a.attnum = x.refobjsubid
             WHERE x.classid = 'pg_statistic_ext'::regclass AND x.objid = s.oid AND x.refclassid = 'pg_class'::regclass
               AND x.refobjsubid > 0 ORDER BY a.attname) AS on_columns
FROM pg_statistic_ext s
JOIN pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_class cl ON cl.oid = s.stxrelid
LEFT JOIN pg_description d ON d.objoid = s.oid AND d.classoid = 'pg_statistic_ext'::regclass AND d.objsubid = 0
WHERE s.stxnamespace = ANY(?::oid[])
