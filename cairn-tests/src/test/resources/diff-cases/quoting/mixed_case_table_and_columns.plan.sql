-- Golden plans of quoting/mixed_case_table_and_columns.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Make public.UserAccount.eMail NOT NULL [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public."UserAccount" ALTER COLUMN "eMail" SET NOT NULL;

-- Add column public.UserAccount.DisplayName
ALTER TABLE public."UserAccount" ADD COLUMN "DisplayName" text;

-- Create index public.UserAccount_eMail_Idx on public.UserAccount [BLOCKS WRITES]
CREATE INDEX "UserAccount_eMail_Idx" ON public."UserAccount" USING btree ("eMail");
-- @reverse
-- warning: DATA_LOSS public.UserAccount.DisplayName: column is dropped with its values
-- Drop index public.UserAccount_eMail_Idx
DROP INDEX public."UserAccount_eMail_Idx";

-- Drop column public.UserAccount.DisplayName [DATA LOSS]
ALTER TABLE public."UserAccount" DROP COLUMN "DisplayName";

-- Allow NULL in public.UserAccount.eMail
ALTER TABLE public."UserAccount" ALTER COLUMN "eMail" DROP NOT NULL;
