-- Repeatable: re-applied whenever this file changes, after all versioned migrations.
CREATE OR REPLACE FUNCTION product_search(term text)
RETURNS SETOF products
LANGUAGE sql STABLE AS $$
    SELECT * FROM products
    WHERE active AND (name ILIKE '%' || term || '%' OR sku ILIKE term || '%')
    ORDER BY name;
$$;
