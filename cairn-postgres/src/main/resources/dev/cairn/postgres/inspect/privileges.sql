-- Granted privileges, defaults included (acldefault when the ACL is null, so a revoked default shows as
-- a missing row), without the owner's own. Every parameter is the included schemas' oid array.
SELECT x.kind, x.nsp AS schema, x.name, x.member_of AS catalog, x.oid, x.sub AS column_name,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text END AS grantee,
       a.privilege_type, a.is_grantable
FROM (
    SELECT 'schema' AS kind, NULL::name AS nsp, n.nspname AS name, 'pg_namespace' AS member_of, n.oid,
           NULL::name AS sub, n.nspowner AS owner, COALESCE(n.nspacl, acldefault('n', n.nspowner)) AS acl
    FROM pg_namespace n WHERE n.oid = ANY(?::oid[])
    UNION ALL
    SELECT CASE k.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END,
           n.nspname, k.relname, 'pg_class', k.oid, NULL,
           k.relowner, COALESCE(k.relacl, acldefault(CASE k.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", k.relowner))
    FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
    WHERE k.relkind IN ('r', 'p', 'v', 'm', 'S') AND k.relnamespace = ANY(?::oid[])
    UNION ALL
    SELECT 'column', n.nspname, k.relname, 'pg_class', k.oid, a.attname, k.relowner, a.attacl
    FROM pg_attribute a JOIN pg_class k ON k.oid = a.attrelid JOIN pg_namespace n ON n.oid = k.relnamespace
    WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND k.relnamespace = ANY(?::oid[])
    UNION ALL
    SELECT 'routine', n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
           'pg_proc', p.oid, NULL, p.proowner, COALESCE(p.proacl, acldefault('f', p.proowner))
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.pronamespace = ANY(?::oid[])
    UNION ALL
    SELECT 'type', n.nspname, t.typname, 'pg_type', t.oid, NULL, t.typowner,
           COALESCE(t.typacl, acldefault('T', t.typowner))
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype IN ('e', 'd', 'r', 'c') AND t.typnamespace = ANY(?::oid[])
) x, aclexplode(x.acl) a
WHERE a.grantee <> x.owner
