package dev.cairn.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationStateTest {
    @TempDir
    Path dir;
    private final List<HistoryEntry> history = new ArrayList<>();

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("V1__a.sql"), "SELECT 1;");
        Files.writeString(dir.resolve("V2__b.sql"), "SELECT 2;");
        Files.writeString(dir.resolve("V3__c.sql"), "SELECT 3;");
        Files.writeString(dir.resolve("R__r.sql"), "SELECT 'r';");
    }

    private MigrationDirectory scan() {
        return MigrationDirectory.scan(dir);
    }

    private void applied(String file, String type, boolean success) {
        MigrationScript s = scan().scripts().stream().filter(x -> x.name().equals(file)).findFirst().orElseThrow();
        history.add(new HistoryEntry(history.size() + 1, s.versionText(), s.description(), type, s.name(), s.checksum(),
                "me@here", Instant.now(), 1, success));
    }

    private MigrationState state(MigrationState.Options options) {
        return MigrationState.of(scan(), Optional.empty(), history, options);
    }

    @Test
    void emptyHistoryMakesEverythingPendingAndSuggestsASumFile() {
        MigrationState s = state(MigrationState.Options.DEFAULT);
        assertThat(s.pending()).extracting(MigrationScript::name).containsExactly("V1__a.sql", "V2__b.sql", "V3__c.sql", "R__r.sql");
        assertThat(s.valid()).isTrue();
        assertThat(s.notices()).singleElement().asString().contains("cairn sum");
    }

    @Test
    void appliedAreNotPendingAndTargetStopsEarly() {
        applied("V1__a.sql", "versioned", true);
        applied("R__r.sql", "repeatable", true);
        MigrationState s = state(new MigrationState.Options(Version.parse("2"), false));
        assertThat(s.applied()).extracting(HistoryEntry::version).containsExactly("1");
        assertThat(s.pending()).extracting(MigrationScript::name).containsExactly("V2__b.sql");
    }

    @Test
    void editedAppliedMigrationIsAProblemNamingTheFile() throws IOException {
        applied("V1__a.sql", "versioned", true);
        Files.writeString(dir.resolve("V1__a.sql"), "SELECT 'edited';");
        MigrationState s = state(MigrationState.Options.DEFAULT);
        assertThat(s.valid()).isFalse();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("checksum-mismatch");
            assertThat(p.message()).contains("V1__a.sql", "cairn repair");
        });
    }

    @Test
    void missingAppliedAndOutOfOrderAreProblemsUnlessAllowed() throws IOException {
        applied("V1__a.sql", "versioned", true);
        applied("V3__c.sql", "versioned", true);
        assertThat(state(MigrationState.Options.DEFAULT).problems()).extracting(Problem::code).containsExactly("out-of-order");
        MigrationState allowed = state(new MigrationState.Options(null, true));
        assertThat(allowed.valid()).isTrue();
        assertThat(allowed.pending()).extracting(MigrationScript::name).containsExactly("V2__b.sql", "R__r.sql");
        Files.delete(dir.resolve("V3__c.sql"));
        assertThat(state(new MigrationState.Options(null, true)).problems()).extracting(Problem::code).containsExactly("applied-missing");
    }

    @Test
    void changedRepeatableIsPendingAgain() throws IOException {
        applied("R__r.sql", "repeatable", true);
        assertThat(state(MigrationState.Options.DEFAULT).pending()).extracting(MigrationScript::name).doesNotContain("R__r.sql");
        Files.writeString(dir.resolve("R__r.sql"), "SELECT 'r2';");
        assertThat(state(MigrationState.Options.DEFAULT).pending()).extracting(MigrationScript::name).contains("R__r.sql");
    }

    @Test
    void failedTransactionalRunStaysPendingButAFailedNoTransactionRunBlocks() {
        applied("V1__a.sql", "versioned", false);
        MigrationState s = state(MigrationState.Options.DEFAULT);
        assertThat(s.valid()).isTrue();
        assertThat(s.failed()).hasSize(1);
        assertThat(s.pending()).extracting(MigrationScript::name).contains("V1__a.sql");
        HistoryEntry f = history.remove(0);
        history.add(new HistoryEntry(1, f.version(), f.description() + HistoryTable.NO_TRANSACTION_SUFFIX, f.type(), f.script(),
                f.checksum(), f.appliedBy(), f.appliedAt(), 1, false));
        assertThat(state(MigrationState.Options.DEFAULT).problems()).extracting(Problem::code).containsExactly("failed-partial");
        applied("V1__a.sql", "versioned", true);
        MigrationState after = state(MigrationState.Options.DEFAULT);
        assertThat(after.failed()).isEmpty();
        assertThat(after.valid()).isTrue();
    }

    @Test
    void baselineCoversEarlierVersionsAndRevertUnapplies() {
        history.add(new HistoryEntry(1, "2", "baseline", HistoryEntry.BASELINE, "<< baseline >>", null, "me", Instant.now(), 0, true));
        MigrationState s = state(MigrationState.Options.DEFAULT);
        assertThat(s.baseline()).map(Version::toString).contains("2");
        assertThat(s.pending()).extracting(MigrationScript::name).containsExactly("V3__c.sql", "R__r.sql");
        applied("V3__c.sql", "versioned", true);
        history.add(new HistoryEntry(3, "3", "c", "revert", "U3__c.sql", null, "me", Instant.now(), 0, true));
        assertThat(state(MigrationState.Options.DEFAULT).applied()).isEmpty();
    }

    @Test
    void aDuplicateVersionIsOneProblemOnTheNewFileNotAnEditOrAnUnrecordedFile() throws IOException {
        applied("V1__a.sql", "versioned", true);
        applied("V2__b.sql", "versioned", true);
        applied("V3__c.sql", "versioned", true);
        SumFile sum = SumFile.of(scan());
        Files.writeString(dir.resolve("V3__late.sql"), "SELECT 'late';");
        MigrationState s = MigrationState.of(scan(), Optional.of(sum), history, MigrationState.Options.DEFAULT);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("duplicate-version");
            assertThat(p.subject()).isEqualTo("V3__late.sql");
            assertThat(p.message()).contains("give V3__late.sql another version").doesNotContain("edited after");
        });
        assertThat(s.pending()).extracting(MigrationScript::name).doesNotContain("V3__late.sql");
    }

    @Test
    void anEditedAppliedFileIsOneProblemThatDoesNotSendYouToCairnSum() throws IOException {
        applied("V1__a.sql", "versioned", true);
        SumFile sum = SumFile.of(scan());
        Files.writeString(dir.resolve("V1__a.sql"), "SELECT 'edited';");
        MigrationState s = MigrationState.of(scan(), Optional.of(sum), history, MigrationState.Options.DEFAULT);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("checksum-mismatch");
            assertThat(p.message()).contains("git checkout -- V1__a.sql", "new migration", "cairn repair");
            assertThat(p.message()).doesNotStartWith("If the change is deliberate");
        });
    }

    @Test
    void garbageAndDuplicateHistoryRowsAreProblems() {
        applied("V1__a.sql", "versioned", true);
        applied("V1__a.sql", "versioned", true);
        history.add(new HistoryEntry(9, "two", "x", "versioned", "V2__b.sql", null, "me", Instant.now(), 0, true));
        history.add(new HistoryEntry(10, "2", "x", "migration", "V2__b.sql", null, "me", Instant.now(), 0, true));
        MigrationState s = state(MigrationState.Options.DEFAULT);
        assertThat(s.problems()).extracting(Problem::code)
                .containsExactlyInAnyOrder("history-duplicate", "history-garbage", "history-garbage");
        assertThat(s.problems()).filteredOn(p -> p.code().equals("history-duplicate")).singleElement()
                .extracting(Problem::message).asString().contains("rows 1 and 2", "version 1");
        assertThat(s.problems()).extracting(Problem::message).anyMatch(m -> m.contains("row 9") && m.contains("'two'"))
                .anyMatch(m -> m.contains("row 10") && m.contains("'migration'"));
    }

    @Test
    void transactionControlInAnAlreadyAppliedMigrationIsNoLongerAProblem() throws IOException {
        Files.writeString(dir.resolve("V1__a.sql"), "BEGIN;\nSELECT 1;\nCOMMIT;\n");
        assertThat(state(MigrationState.Options.DEFAULT).problems()).extracting(Problem::code).containsExactly("transaction-control");
        applied("V1__a.sql", "versioned", true);
        assertThat(state(MigrationState.Options.DEFAULT).problems()).isEmpty();
    }

    @Test
    void aFailedRunIsListedOnceAndAResumableRunIsPendingWithANotice() {
        applied("V2__b.sql", "versioned", false);
        applied("V2__b.sql", "versioned", false);
        assertThat(state(MigrationState.Options.DEFAULT).failed()).singleElement().extracting(HistoryEntry::rank).isEqualTo(2L);

        MigrationScript v3 = scan().scripts().stream().filter(x -> x.name().equals("V3__c.sql")).findFirst().orElseThrow();
        history.add(new HistoryEntry(3, "3", "c" + HistoryTable.NO_TRANSACTION_SUFFIX, "versioned", "V3__c.sql", v3.checksum(),
                "me", Instant.now(), 1, false, 0, NonTransactionalRun.prefixChecksum(v3.statements(), 0)));
        MigrationState s = state(MigrationState.Options.DEFAULT);
        assertThat(s.valid()).isTrue();
        assertThat(s.resumeOf(v3)).map(HistoryEntry::rank).contains(3L);
        assertThat(s.notices()).anyMatch(n -> n.contains("V3__c.sql") && n.contains("before any of its statements completed"));
        assertThat(RepairPlan.of(scan(), history).failedRows()).extracting(HistoryEntry::script).containsOnly("V2__b.sql");
    }
}
