-- Extensions installed in an included schema, or in pg_catalog (CREATE EXTENSION … SCHEMA pg_catalog) except
-- plpgsql, which every database has from its template. updatable_to: the versions the server's update scripts reach
-- from the installed one (null when the server lacks the extension's control file: pg_extension_update_paths would
-- fail).
SELECT e.extname AS name, e.extnamespace AS namespace, n.nspname AS schema_name, e.extversion AS version,
       d.description AS comment,
       CASE WHEN EXISTS (SELECT 1 FROM pg_available_extensions a WHERE a.name = e.extname)
            THEN ARRAY(SELECT p.target FROM pg_extension_update_paths(e.extname) p
                       WHERE p.source = e.extversion AND p.path IS NOT NULL ORDER BY p.target) END AS updatable_to,
       (SELECT a.default_version = e.extversion FROM pg_available_extensions a WHERE a.name = e.extname) AS default_version
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_description d ON d.objoid = e.oid AND d.classoid = 'pg_extension'::regclass AND d.objsubid = 0
WHERE e.extnamespace = ANY(?::oid[])
   OR (n.nspname = 'pg_catalog' AND e.extname <> 'plpgsql')
