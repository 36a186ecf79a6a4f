-- Defaults that are expressions: now() → clock_timestamp().
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    at timestamptz DEFAULT now()
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    at timestamptz DEFAULT clock_timestamp()
);
-- @rows
INSERT INTO item (id, at) VALUES (1, '2024-06-01 12:00:00'), (2, '2024-06-02 12:00:00');
