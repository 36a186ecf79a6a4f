package dev.cairn.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.ExitCode;
import dev.cairn.migrate.MigrateResult;
import dev.cairn.migrate.RevertPlan;
import dev.cairn.migrate.RevertResult;
import dev.cairn.migrate.Version;
import dev.cairn.project.TargetLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cairn rollback --json}: as docs/commands.md gives it, and back again. */
class RollbackDocumentTest {
    private static final TargetLabel TARGET = new TargetLabel("production", "postgresql://db:5432/app", "production");

    @Test
    void aRefusedRollbackListsTheMissingRevertsAndHasNeitherPlannedNorRevertedSteps() throws Exception {
        RevertPlan plan = new RevertPlan(Version.parse("1"), List.of(),
                List.of(new RevertPlan.Missing("2", "V2__b.sql", "U2__b.sql")), List.of());
        RevertResult refused = new RevertResult(false, plan, List.of(), null,
                new MigrateResult.Failure(ExitCode.USAGE, "V2__b.sql", null, null, null, null, "no revert"), 3, null);
        RollbackDocument doc = RollbackDocument.of(TARGET, refused);
        assertThat(Documents.json(doc)).isEqualTo("""
                {
                  "ok" : false,
                  "exitCode" : 2,
                  "environment" : "production",
                  "database" : "postgresql://db:5432/app",
                  "dryRun" : false,
                  "to" : "1",
                  "reverted" : [ ],
                  "missing" : [ {
                    "version" : "2",
                    "migration" : "V2__b.sql",
                    "expected" : "U2__b.sql"
                  } ],
                  "durationMs" : 3,
                  "failure" : {
                    "exitCode" : 2,
                    "script" : "V2__b.sql",
                    "line" : null,
                    "column" : null,
                    "statement" : null,
                    "sqlState" : null,
                    "message" : "no revert"
                  },
                  "problems" : [ ],
                  "notices" : [ ]
                }""");
        assertThat(Documents.mapper().readValue(Documents.json(doc), RollbackDocument.class)).isEqualTo(doc);
    }

    @Test
    void aDryRunPlansTheRevertsWithTheirSql() {
        RevertResult dry = new RevertResult(true, new RevertPlan(Version.parse("0"), List.of(), List.of(), List.of()),
                List.of(new MigrateResult.Step("U1__a.sql", "1", "a", "revert", true, 0, "DROP TABLE a;")), null, null, 1, null);
        String json = Documents.json(RollbackDocument.of(TARGET, dry));
        assertThat(json).contains("\"planned\" : [ {", "\"type\" : \"revert\"", "\"sql\" : \"DROP TABLE a;\"", "\"to\" : \"0\"")
                .doesNotContain("\"reverted\"");
    }
}
