-- A table inheriting from another is created with INHERITS after its parent, with only its own columns and
-- constraints (the inherited ones come from the parent); its own default on an inherited column is set after.
-- @from
-- @to
CREATE TABLE item (id integer NOT NULL, name text DEFAULT 'x', CONSTRAINT item_id_positive CHECK (id > 0));
CREATE TABLE book (isbn text NOT NULL, CONSTRAINT book_isbn_length CHECK (length(isbn) >= 10)) INHERITS (item);
ALTER TABLE book ALTER COLUMN name SET DEFAULT 'book';
