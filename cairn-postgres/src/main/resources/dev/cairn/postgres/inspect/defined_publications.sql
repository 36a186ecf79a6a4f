-- Publications (a defined kind: the columns DefinedReader reads). FOR ALL TABLES is in the definition (it cannot be
-- altered); the published tables (with column lists and row filters, and the schemas of TABLES IN SCHEMA, from
-- PostgreSQL 15) are one setting changed with ALTER PUBLICATION SET (removed with DROP), the publish options another
-- (implied when they are the defaults CREATE PUBLICATION gives).
SELECT 'pg_publication' AS catalog, x.oid, 'PUBLICATION' AS kind, NULL::oid AS namespace, x.pubname AS name,
       'PUBLICATION ' || quote_ident(x.pubname) AS address,
       ARRAY['CREATE PUBLICATION ' || quote_ident(x.pubname) || CASE WHEN x.puballtables THEN ' FOR ALL TABLES' ELSE '' END] AS definition,
       (SELECT json_agg(s.j ORDER BY s.j ->> 'name')::text FROM (
            SELECT json_build_object('name', 'options', 'value', x.options,
                       'set', 'ALTER PUBLICATION ' || quote_ident(x.pubname) || ' SET (' || x.options || ')',
                       'unset', NULL, 'implied', x.options = 'publish = ''insert, update, delete, truncate'', publish_via_partition_root = false') AS j
            UNION ALL
            SELECT json_build_object('name', 'tables', 'value', x.objects,
                       'set', 'ALTER PUBLICATION ' || quote_ident(x.pubname) || ' SET ' || x.objects,
                       'unset', 'ALTER PUBLICATION ' || quote_ident(x.pubname) || ' DROP ' || x.names, 'implied', false)
            WHERE x.objects IS NOT NULL
        ) s) AS settings,
       x.comment, x.owner,
       NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM (
    SELECT p.oid, p.pubname, p.puballtables, d.description AS comment, pg_get_userbyid(p.pubowner) AS owner,
           'publish = ' || quote_literal(array_to_string(ARRAY[CASE WHEN p.pubinsert THEN 'insert' END,
               CASE WHEN p.pubupdate THEN 'update' END, CASE WHEN p.pubdelete THEN 'delete' END,
               CASE WHEN p.pubtruncate THEN 'truncate' END], ', '))
           || ', publish_via_partition_root = ' || p.pubviaroot AS options,
           NULLIF(concat_ws(', ', 'TABLE ' || t.items, 'TABLES IN SCHEMA ' || n.items), '') AS objects,
           NULLIF(concat_ws(', ', 'TABLE ' || t.names, 'TABLES IN SCHEMA ' || n.items), '') AS names
    FROM pg_publication p
    LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_publication'::regclass AND d.objsubid = 0
    LEFT JOIN LATERAL (
        SELECT string_agg(quote_ident(rn.nspname) || '.' || quote_ident(r.relname)
                   || COALESCE(' (' || (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a -- only: version >= 150000
                                         WHERE a.attrelid = pr.prrelid AND a.attnum = ANY(pr.prattrs::int2[])) || ')', '') -- only: version >= 150000
                   || COALESCE(' WHERE (' || pg_get_expr(pr.prqual, pr.prrelid) || ')', '') -- only: version >= 150000
                   , ', ' ORDER BY rn.nspname, r.relname) AS items,
               string_agg(quote_ident(rn.nspname) || '.' || quote_ident(r.relname), ', ' ORDER BY rn.nspname, r.relname) AS names
        FROM pg_publication_rel pr JOIN pg_class r ON r.oid = pr.prrelid JOIN pg_namespace rn ON rn.oid = r.relnamespace
        WHERE pr.prpubid = p.oid
    ) t ON true
    LEFT JOIN LATERAL (
        SELECT string_agg(quote_ident(sn.nspname), ', ' ORDER BY sn.nspname) AS items -- only: version >= 150000
        FROM pg_publication_namespace pn JOIN pg_namespace sn ON sn.oid = pn.pnnspid WHERE pn.pnpubid = p.oid -- only: version >= 150000
        SELECT NULL::text AS items -- only: version < 150000
    ) n ON true
) x
