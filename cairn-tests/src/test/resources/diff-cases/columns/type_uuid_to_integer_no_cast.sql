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
-- @rows
-- ref stays NULL: no uuid reads as an integer (the plan warns that the conversion fails on them)
INSERT INTO item (id, ref) VALUES (1, NULL), (2, NULL);
