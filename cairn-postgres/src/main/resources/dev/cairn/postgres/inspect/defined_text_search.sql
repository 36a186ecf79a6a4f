-- Text search dictionaries and configurations (defined kinds: the columns DefinedReader reads). A dictionary is
-- created with its template and options; a configuration with its parser, each token type's mapping being a
-- setting (ALTER MAPPING FOR replaces or adds it, DROP MAPPING removes it).
SELECT 'pg_ts_dict' AS catalog, t.oid, 'TEXT_SEARCH_DICTIONARY' AS kind, t.dictnamespace AS namespace, t.dictname AS name,
       'TEXT SEARCH DICTIONARY ' || quote_ident(n.nspname) || '.' || quote_ident(t.dictname) AS address,
       ARRAY['CREATE TEXT SEARCH DICTIONARY ' || quote_ident(n.nspname) || '.' || quote_ident(t.dictname) || ' (TEMPLATE = '
           || quote_ident(tn.nspname) || '.' || quote_ident(tm.tmplname) || COALESCE(', ' || t.dictinitoption, '') || ')'] AS definition,
       NULL::text AS settings, d.description AS comment, pg_get_userbyid(t.dictowner) AS owner,
       NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM pg_ts_dict t
JOIN pg_namespace n ON n.oid = t.dictnamespace
JOIN pg_ts_template tm ON tm.oid = t.dicttemplate
JOIN pg_namespace tn ON tn.oid = tm.tmplnamespace
LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_ts_dict'::regclass AND d.objsubid = 0
WHERE t.dictnamespace = ANY(?::oid[])
UNION ALL
SELECT 'pg_ts_config', c.oid, 'TEXT_SEARCH_CONFIGURATION', c.cfgnamespace, c.cfgname,
       'TEXT SEARCH CONFIGURATION ' || quote_ident(n.nspname) || '.' || quote_ident(c.cfgname),
       ARRAY['CREATE TEXT SEARCH CONFIGURATION ' || quote_ident(n.nspname) || '.' || quote_ident(c.cfgname) || ' (PARSER = '
           || quote_ident(pn.nspname) || '.' || quote_ident(p.prsname) || ')'],
       (SELECT json_agg(json_build_object('name', 'mapping for ' || tt.alias, 'value', m.dicts,
                   'set', 'ALTER TEXT SEARCH CONFIGURATION ' || quote_ident(n.nspname) || '.' || quote_ident(c.cfgname)
                          || ' ALTER MAPPING FOR ' || quote_ident(tt.alias) || ' WITH ' || m.dicts,
                   'unset', 'ALTER TEXT SEARCH CONFIGURATION ' || quote_ident(n.nspname) || '.' || quote_ident(c.cfgname)
                          || ' DROP MAPPING FOR ' || quote_ident(tt.alias),
                   'implied', false) ORDER BY tt.alias)::text
        FROM (SELECT cm.maptokentype, string_agg(quote_ident(dn.nspname) || '.' || quote_ident(dd.dictname), ', ' ORDER BY cm.mapseqno) AS dicts
              FROM pg_ts_config_map cm JOIN pg_ts_dict dd ON dd.oid = cm.mapdict JOIN pg_namespace dn ON dn.oid = dd.dictnamespace
              WHERE cm.mapcfg = c.oid GROUP BY cm.maptokentype) m
        JOIN ts_token_type(c.cfgparser) tt ON tt.tokid = m.maptokentype),
       d.description, pg_get_userbyid(c.cfgowner),
       NULL::oid, NULL::text, NULL::text[]
FROM pg_ts_config c
JOIN pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_namespace pn ON pn.oid = p.prsnamespace
LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_ts_config'::regclass AND d.objsubid = 0
WHERE c.cfgnamespace = ANY(?::oid[])
