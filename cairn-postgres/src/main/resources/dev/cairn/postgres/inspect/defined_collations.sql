-- Collations (a defined kind: the columns DefinedReader reads). CREATE COLLATION is built from pg_collation: the
-- provider, its locale (ICU's in collcollate before PostgreSQL 15, colliculocale in 15-16, colllocale from 17: read
-- through to_jsonb so one text serves every major), ICU rules (16+), deterministic. The version is left out: it
-- follows the library of the server it is created on.
SELECT 'pg_collation' AS catalog, c.oid, 'COLLATION' AS kind, c.collnamespace AS namespace, c.collname AS name,
       'COLLATION ' || quote_ident(n.nspname) || '.' || quote_ident(c.collname) AS address,
       ARRAY['CREATE COLLATION ' || quote_ident(n.nspname) || '.' || quote_ident(c.collname) || ' ('
           || CASE c.collprovider
                WHEN 'i' THEN 'provider = icu, locale = ' || quote_literal(COALESCE(j.j ->> 'colllocale', j.j ->> 'colliculocale', c.collcollate))
                     || COALESCE(', rules = ' || quote_literal(j.j ->> 'collicurules'), '')
                WHEN 'b' THEN 'provider = builtin, locale = ' || quote_literal(j.j ->> 'colllocale')
                ELSE CASE WHEN c.collcollate = c.collctype THEN 'provider = libc, locale = ' || quote_literal(c.collcollate)
                          ELSE 'provider = libc, lc_collate = ' || quote_literal(c.collcollate) || ', lc_ctype = ' || quote_literal(c.collctype) END
              END
           || CASE WHEN c.collisdeterministic THEN '' ELSE ', deterministic = false' END || ')'] AS definition,
       NULL::text AS settings, d.description AS comment, pg_get_userbyid(c.collowner) AS owner,
       NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM pg_collation c
JOIN pg_namespace n ON n.oid = c.collnamespace
CROSS JOIN LATERAL (SELECT to_jsonb(c) AS j) j
LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_collation'::regclass AND d.objsubid = 0
WHERE c.collnamespace = ANY(?::oid[])
