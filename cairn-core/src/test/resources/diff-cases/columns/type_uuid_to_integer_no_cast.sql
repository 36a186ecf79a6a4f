-- uuid → integer: no cast at all; the differ must say so or go through text/drop+add, not emit a failing USING.
-- @known-failure renders USING ref::integer, but there is no uuid -> integer cast: the plan fails instead of refusing or warning
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    ref uuid
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    ref integer
);
