-- Identity sequence options change.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10)
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5 MAXVALUE 100000 CACHE 20)
);
-- @rows
INSERT INTO item (id) VALUES (1), (2);
