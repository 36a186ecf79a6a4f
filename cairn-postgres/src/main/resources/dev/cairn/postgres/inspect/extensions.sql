-- Extensions installed in an included schema.
SELECT e.extname AS name, e.extnamespace AS namespace, e.extversion AS version, d.description AS comment
FROM pg_extension e
LEFT JOIN pg_description d ON d.objoid = e.oid AND d.classoid = 'pg_extension'::regclass AND d.objsubid = 0
WHERE e.extnamespace = ANY(?::oid[])
