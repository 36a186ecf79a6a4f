-- Extensions installed in an included schema, or in pg_catalog (CREATE EXTENSION … SCHEMA pg_catalog) except
-- plpgsql, which every database has from its template.
SELECT e.extname AS name, e.extnamespace AS namespace, n.nspname AS schema_name, e.extversion AS version,
       d.description AS comment
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_description d ON d.objoid = e.oid AND d.classoid = 'pg_extension'::regclass AND d.objsubid = 0
WHERE e.extnamespace = ANY(?::oid[])
   OR (n.nspname = 'pg_catalog' AND e.extname <> 'plpgsql')
