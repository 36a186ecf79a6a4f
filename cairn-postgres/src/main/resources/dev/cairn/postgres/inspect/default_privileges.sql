-- Default privileges (ALTER DEFAULT PRIVILEGES, pg_default_acl): per role, objects kind and schema (none: for the
-- whole database; those are always read, the others for the included schemas). Every parameter is the included
-- schemas' oid array. An entry for the whole database replaces the built-in defaults (acldefault), so it is read as
-- its difference from them, like an owner's privileges: what it grants beyond them (revoked false) and the built-in
-- defaults it takes away (revoked true; 'ALL' when a grantee keeps none; MAINTAIN alone is left out, 16 has no such
-- privilege). An entry for a schema only adds to those: every privilege it grants.
SELECT CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
           WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END AS objects,
       pg_get_userbyid(d.defaclrole)::text AS role, n.nspname AS schema,
       g.grantee, g.privilege_type, g.is_grantable, g.revoked
FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace, LATERAL (
    SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text END AS grantee,
           a.privilege_type, a.is_grantable, false AS revoked
    FROM aclexplode(d.defaclacl) a
    WHERE d.defaclnamespace <> 0 OR NOT (a.privilege_type = 'MAINTAIN' AND a.grantee = d.defaclrole OR EXISTS (
        SELECT 1 FROM aclexplode(acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END, d.defaclrole)) x
        WHERE x.grantee = a.grantee AND x.privilege_type = a.privilege_type AND x.is_grantable = a.is_grantable))
    UNION ALL
    SELECT DISTINCT CASE WHEN s.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(s.grantee)::text END,
           CASE WHEN s.any_held THEN s.privilege_type ELSE 'ALL' END, false, true
    FROM (
        SELECT x.grantee, x.privilege_type, h.privilege_type IS NOT NULL AS held,
               bool_or(h.privilege_type IS NOT NULL) OVER (PARTITION BY x.grantee) AS any_held
        FROM aclexplode(acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END, d.defaclrole)) x
        LEFT JOIN aclexplode(d.defaclacl) h ON h.grantee = x.grantee AND h.privilege_type = x.privilege_type
    ) s
    WHERE d.defaclnamespace = 0 AND NOT s.held AND (s.privilege_type <> 'MAINTAIN' OR NOT s.any_held)
) g
WHERE d.defaclnamespace = 0 OR d.defaclnamespace = ANY(?::oid[])
