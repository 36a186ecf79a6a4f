-- uuid → integer: no cast at all; the differ must say so or go through text/drop+add, not emit a failing USING.
-- @expect-warning unsupported
-- @expect-revert-warning unsupported
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
