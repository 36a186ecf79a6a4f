-- PostgreSQL 18: NOT NULL names of long table and column names are shortened to 63 bytes, and two columns whose
-- shortened names meet get a number: all PostgreSQL's own, never written nor compared.
-- @expect-sql-not-contains CONSTRAINT
-- @from
CREATE TABLE a_table_with_a_rather_long_name_for_testing_the_truncation_rule (
    id integer,
    a_column_with_a_long_name_that_shares_its_beginning_one integer NOT NULL,
    a_column_with_a_long_name_that_shares_its_beginning_two integer
);
-- @to
CREATE TABLE a_table_with_a_rather_long_name_for_testing_the_truncation_rule (
    id integer,
    a_column_with_a_long_name_that_shares_its_beginning_one integer NOT NULL,
    a_column_with_a_long_name_that_shares_its_beginning_two integer NOT NULL,
    a_column_with_a_long_name_that_shares_its_beginning_three integer NOT NULL
);
CREATE TABLE another_table_with_a_rather_long_name_for_testing_truncation (
    a_column_with_a_long_name_that_shares_its_beginning_one integer NOT NULL,
    a_column_with_a_long_name_that_shares_its_beginning_two integer NOT NULL
);
