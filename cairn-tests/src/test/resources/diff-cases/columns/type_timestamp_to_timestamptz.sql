-- timestamp → timestamptz.
-- @lossy item.at values are read in the session time zone (UTC in the tests) and print with an offset
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    at timestamp
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    at timestamptz
);
-- @rows
INSERT INTO item (id, at) VALUES (1, '2024-06-01 12:00:00'), (2, '2024-06-02 12:00:00');
