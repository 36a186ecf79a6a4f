-- Granted privileges, defaults included (acldefault when the ACL is null, so a revoked default shows as
-- a missing row). Every parameter is the included schemas' oid array.
-- The owner's own entries (of_owner) are read as their difference from the owner's default set on this server
-- (acldefault), so an object at its defaults has none, and the rows mean the same on every major although the
-- default set differs (MAINTAIN on tables from 17): a default privilege the owner lacks (is_grantable false; 'ALL'
-- when it lacks every one) and one it holds with grant option (is_grantable true; 'ALL' when every one). MAINTAIN
-- alone is left out: a 16 table has no such privilege to lack.
SELECT x.kind, x.nsp AS schema, x.name, x.member_of AS catalog, x.oid, x.sub AS column_name,
       g.grantee, g.privilege_type, g.is_grantable, g.of_owner
FROM (
    SELECT 'schema' AS kind, NULL::name AS nsp, n.nspname AS name, 'pg_namespace' AS member_of, n.oid,
           NULL::name AS sub, n.nspowner AS owner, COALESCE(n.nspacl, acldefault('n', n.nspowner)) AS acl,
           'n'::"char" AS deftype
    FROM pg_namespace n WHERE n.oid = ANY(?::oid[])
    UNION ALL
    SELECT CASE k.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END,
           n.nspname, k.relname, 'pg_class', k.oid, NULL,
           k.relowner, COALESCE(k.relacl, acldefault(CASE k.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", k.relowner)),
           CASE k.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char"
    FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
    WHERE k.relkind IN ('r', 'p', 'v', 'm', 'S') AND k.relnamespace = ANY(?::oid[])
    UNION ALL
    SELECT 'column', n.nspname, k.relname, 'pg_class', k.oid, a.attname, k.relowner, a.attacl, NULL
    FROM pg_attribute a JOIN pg_class k ON k.oid = a.attrelid JOIN pg_namespace n ON n.oid = k.relnamespace
    WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND k.relnamespace = ANY(?::oid[])
    UNION ALL
    SELECT 'routine', n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
           'pg_proc', p.oid, NULL, p.proowner, COALESCE(p.proacl, acldefault('f', p.proowner)), 'f'
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.pronamespace = ANY(?::oid[])
    UNION ALL
    SELECT 'type', n.nspname, t.typname, 'pg_type', t.oid, NULL, t.typowner,
           COALESCE(t.typacl, acldefault('T', t.typowner)), 'T'
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype IN ('e', 'd', 'r', 'c') AND t.typnamespace = ANY(?::oid[])
) x, LATERAL (
    -- others' entries (and the owner's on a column, which has no defaults)
    SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text END AS grantee,
           a.privilege_type, a.is_grantable, false AS of_owner
    FROM aclexplode(x.acl) a WHERE a.grantee <> x.owner OR x.deftype IS NULL
    UNION ALL
    SELECT DISTINCT pg_get_userbyid(x.owner)::text,
           CASE WHEN NOT s.any_held OR s.all_grantable THEN 'ALL' ELSE s.privilege_type END, s.is_grantable, true
    FROM (
        SELECT d.privilege_type, h.privilege_type IS NOT NULL AS held, COALESCE(h.is_grantable, false) AS is_grantable,
               bool_or(h.privilege_type IS NOT NULL) OVER () AS any_held,
               bool_and(COALESCE(h.is_grantable, false)) OVER () AS all_grantable
        FROM (SELECT DISTINCT privilege_type FROM aclexplode(acldefault(x.deftype, x.owner)) WHERE grantee = x.owner) d
        LEFT JOIN (SELECT privilege_type, bool_or(is_grantable) AS is_grantable FROM aclexplode(x.acl)
                   WHERE grantee = x.owner GROUP BY privilege_type) h ON h.privilege_type = d.privilege_type
    ) s
    WHERE x.deftype IS NOT NULL AND (NOT s.held OR s.is_grantable)
      AND (s.privilege_type <> 'MAINTAIN' OR NOT s.any_held OR s.all_grantable)
) g
