-- file_fdw: a server and a foreign table reading a file appear.
-- @expect-sql-contains CREATE SERVER files FOREIGN DATA WRAPPER file_fdw
-- @from
-- @to
CREATE EXTENSION file_fdw;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE imported (line text) SERVER files OPTIONS (filename '/dev/null', format 'text');
