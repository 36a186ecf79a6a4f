package dev.cairn.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.ExitCode;
import dev.cairn.check.CheckReport;
import dev.cairn.check.CheckResult;
import dev.cairn.check.ReplayReport;
import dev.cairn.drift.Difference;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.Problem;
import dev.cairn.project.TargetLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents' JSON: field order, nulls and absent fields as docs/commands.md gives them, and back again. */
class DocumentsTest {
    private static final TargetLabel TARGET = new TargetLabel("staging", "postgresql://db:5432/app", "staging");

    private static <T> T roundTrip(T document, Class<T> type) throws Exception {
        return Documents.mapper().readValue(Documents.json(document), type);
    }

    @Test
    void aDryRunListsItsStepsAsPlannedAndLeavesAppliedOut() throws Exception {
        MigrateResult dry = new MigrateResult(true,
                List.of(new MigrateResult.Step("V1__users.sql", "1", "users", "versioned", true, 0, "CREATE TABLE users (id int);")),
                null, null, 12, null);
        MigrateDocument doc = MigrateDocument.of(TARGET, dry);

        assertThat(Documents.json(doc)).isEqualTo("""
                {
                  "ok" : true,
                  "exitCode" : 0,
                  "environment" : "staging",
                  "database" : "postgresql://db:5432/app",
                  "dryRun" : true,
                  "planned" : [ {
                    "script" : "V1__users.sql",
                    "version" : "1",
                    "description" : "users",
                    "type" : "versioned",
                    "transactional" : true,
                    "executionMs" : 0,
                    "sql" : "CREATE TABLE users (id int);"
                  } ],
                  "durationMs" : 12,
                  "failure" : null,
                  "problems" : [ ],
                  "notices" : [ ]
                }""");
        assertThat(roundTrip(doc, MigrateDocument.class)).isEqualTo(doc);
    }

    @Test
    void aFailedRunGivesItsExitCodeAsANumberAndKeepsNullPositions() throws Exception {
        MigrateResult failed = new MigrateResult(false, List.of(), null,
                new MigrateResult.Failure(ExitCode.DATABASE, "V2__bad.sql", 3, null, "SELECT 1/0", "22012", "division by zero"),
                5, null);
        MigrateDocument doc = MigrateDocument.of(TARGET, failed);
        String json = Documents.json(doc);

        assertThat(json).contains("\"applied\" : [ ]").doesNotContain("planned")
                .contains("\"exitCode\" : 3").contains("\"column\" : null").contains("\"ok\" : false");
        assertThat(roundTrip(doc, MigrateDocument.class)).isEqualTo(doc);
    }

    @Test
    void theCheckDocumentHasAReplayOnlyWhenOneRanAndItsOkCoversBoth() throws Exception {
        CheckReport offline = new CheckReport("work tree", List.of(new CheckResult("sum", "Migrations match cairn.sum",
                CheckResult.Status.FAILED, "1 file edited", List.of(new Problem("sum-edited", "V1__a.sql", "edited")))),
                List.of("a notice"));
        CheckDocument alone = CheckDocument.of(offline, null);
        assertThat(Documents.json(alone)).doesNotContain("replay")
                .contains("\"status\" : \"failed\"").contains("\"code\" : \"sum-edited\"");
        assertThat(roundTrip(alone, CheckDocument.class)).isEqualTo(alone);

        ReplayReport replay = new ReplayReport(null, null, List.of(), true,
                List.of(new Difference(Difference.Kind.MISSING, "table", "public.t", null, null, null)), null, List.of(), 900);
        CheckDocument both = CheckDocument.of(new CheckReport("work tree", List.of(), List.of()), replay);
        assertThat(both.ok()).as("the offline checks pass but the replay does not").isFalse();
        assertThat(both.replay().schemaDifferences()).extracting(DifferenceItem::line)
                .containsExactly("table public.t: expected, missing");
        assertThat(Documents.json(both)).contains("\"snapshot\" : null").contains("\"kind\" : \"missing\"");
        assertThat(roundTrip(both, CheckDocument.class)).isEqualTo(both);
    }

    @Test
    void theErrorDocumentIsOkFalseTheExitCodeAndTheMessage() throws Exception {
        ErrorDocument doc = ErrorDocument.of(ExitCode.USAGE, "bad option");
        assertThat(Documents.json(doc)).isEqualTo("""
                {
                  "ok" : false,
                  "exitCode" : 2,
                  "error" : "bad option"
                }""");
        assertThat(roundTrip(doc, ErrorDocument.class)).isEqualTo(doc);
    }

    @Test
    void knownSecretsAreMaskedInEveryDocument() {
        dev.cairn.config.Redactor.register("s3cr3t-DocumentsTest");
        String json = Documents.json(ErrorDocument.of(ExitCode.DATABASE, "login failed for s3cr3t-DocumentsTest"));
        assertThat(json).doesNotContain("s3cr3t-DocumentsTest").contains(dev.cairn.config.Redactor.MASK);
    }
}
