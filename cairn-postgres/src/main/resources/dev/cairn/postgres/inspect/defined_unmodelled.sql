-- User objects of kinds Cairn does not model (operators, operator classes and families, conversions, text search
-- parsers and templates in an included schema; procedural languages, access methods and transforms, which have no
-- schema), not those of extensions: read only so the differ can warn about them (it never creates nor drops them).
-- Named "type identity" as pg_identify_object gives them, the name dependencies.sql gives references to them.
SELECT o.catalog, o.oid, 'UNMODELLED' AS kind, NULL::oid AS namespace, i.type || ' ' || i.identity AS name,
       NULL::text AS address, ARRAY[]::text[] AS definition, NULL::text AS settings, NULL::text AS comment,
       NULL::text AS owner, NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM (SELECT 'pg_operator' AS catalog, oid, oprnamespace AS ns FROM pg_operator
      UNION ALL SELECT 'pg_opclass', oid, opcnamespace FROM pg_opclass
      UNION ALL SELECT 'pg_opfamily', oid, opfnamespace FROM pg_opfamily
      UNION ALL SELECT 'pg_conversion', oid, connamespace FROM pg_conversion
      UNION ALL SELECT 'pg_ts_parser', oid, prsnamespace FROM pg_ts_parser
      UNION ALL SELECT 'pg_ts_template', oid, tmplnamespace FROM pg_ts_template
      UNION ALL SELECT 'pg_language', oid, NULL FROM pg_language
      UNION ALL SELECT 'pg_am', oid, NULL FROM pg_am
      UNION ALL SELECT 'pg_transform', oid, NULL FROM pg_transform) o
CROSS JOIN LATERAL pg_identify_object(o.catalog::regclass, o.oid, 0) i
WHERE o.oid >= 16384 AND (o.ns IS NULL OR o.ns = ANY(?::oid[]))
