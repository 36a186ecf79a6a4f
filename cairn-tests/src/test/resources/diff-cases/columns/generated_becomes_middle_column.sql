-- A plain column in the middle of the table becomes generated: dropped and added again, it goes last, like any column
-- added again; the plan warns about the order (Cairn does not rebuild tables to reorder columns).
-- @expect-warning column-order
-- @lossy item.total the column becomes generated: its values are recomputed (the plan warns)
-- @from
CREATE TABLE item (id integer PRIMARY KEY, price integer, total integer, note text);
-- @rows
INSERT INTO item (id, price, total, note) VALUES (1, 2, 4, 'x');
-- @to
CREATE TABLE item (id integer PRIMARY KEY, price integer, total integer GENERATED ALWAYS AS (price * 2) STORED, note text);
