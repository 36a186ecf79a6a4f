-- Every object that belongs to an extension (left out of the catalog; the Extension stands for it).
SELECT d.classid::regclass::text AS member_catalog, d.objid AS member_oid, e.extname AS extension
FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
