-- Golden plans of inheritance/quoted_names_across_schemas.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: COLUMN_ORDER archive.Old.Items: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets Id, Name, note, Added; the schema says Id, Name, Added, note)
-- Add column My Schema.Item.Added
ALTER TABLE "My Schema"."Item" ADD COLUMN "Added" date;

-- Create table archive.Book "2020"
CREATE TABLE archive."Book ""2020""" () INHERITS ("My Schema"."Item", archive."Old.Items");
-- @reverse
-- warning: DATA_LOSS My Schema.Item.Added: column is dropped with its values
-- warning: DATA_LOSS archive.Old.Items.Added: column is dropped with its values
-- warning: DATA_LOSS archive.Book "2020": table is dropped with all its rows
-- Drop table archive.Book "2020" [DATA LOSS]
DROP TABLE archive."Book ""2020""";

-- Drop column My Schema.Item.Added (the tables inheriting it keep theirs) [DATA LOSS]
ALTER TABLE ONLY "My Schema"."Item" DROP COLUMN "Added";

-- Drop column archive.Old.Items.Added (the tables inheriting it keep theirs) [DATA LOSS]
ALTER TABLE ONLY archive."Old.Items" DROP COLUMN "Added";
