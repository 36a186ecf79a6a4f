-- text → an enum type needs USING.
-- @expect-sql-contains USING
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    mood text
);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE item (
    id integer PRIMARY KEY,
    mood mood
);
-- @rows
INSERT INTO item (id, mood) VALUES (1, 'sad'), (2, 'happy');
