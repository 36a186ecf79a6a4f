-- Non-system schemas; the include/exclude options are applied in Java (they also decide the oid array
-- every later query receives).
SELECT n.oid, n.nspname AS name, d.description AS comment, pg_get_userbyid(n.nspowner) AS owner
FROM pg_namespace n
LEFT JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname
