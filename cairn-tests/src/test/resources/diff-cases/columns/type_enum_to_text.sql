-- An enum column becomes text; the enum type goes away too.
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE item (
    id integer PRIMARY KEY,
    mood mood
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    mood text
);
-- @rows
INSERT INTO item (id, mood) VALUES (1, 'sad'), (2, 'ok');
