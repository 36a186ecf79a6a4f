-- Golden plans of views/recursive_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create view public.nums
CREATE VIEW public.nums AS
WITH RECURSIVE nums(n) AS (
         VALUES (1)
        UNION ALL
         SELECT nums_1.n + 1
           FROM nums nums_1
          WHERE nums_1.n < 10
        )
 SELECT n
   FROM nums;
-- @reverse
-- Drop view public.nums
DROP VIEW public.nums;
