-- Row-level security policies; role 0 is PUBLIC.
SELECT p.polrelid AS relation, p.polname AS name, p.polcmd AS command, p.polpermissive AS permissive,
       ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END
             FROM unnest(p.polroles) r ORDER BY 1) AS roles,
       pg_get_expr(p.polqual, p.polrelid) AS using_expr, pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr,
       d.description AS comment
FROM pg_policy p
JOIN pg_class k ON k.oid = p.polrelid
LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_policy'::regclass AND d.objsubid = 0
WHERE k.relnamespace = ANY(?::oid[])
ORDER BY p.polname
