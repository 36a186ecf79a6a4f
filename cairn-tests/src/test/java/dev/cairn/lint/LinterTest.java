package dev.cairn.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.plan.LockLevel;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.plan.SafetyFacts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The linter around the rules: lint-ignore, batch knowledge, before catalog, lock timeouts, enums, plans. */
class LinterTest {

    private static List<Finding> lint(LintOptions options, String... scripts) {
        List<dev.cairn.migrate.MigrationScript> list = new java.util.ArrayList<>();
        for (int i = 0; i < scripts.length; i++) {
            list.add(LintScripts.versioned(i + 1, scripts[i]));
        }
        return Linter.lint(list, options).findings();
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void createIndexFindingSaysWhatHappensAndGivesTheConcurrentStatement() {
        List<Finding> f = of(lint(LintOptions.defaults(), "\n\nCREATE INDEX orders_customer_idx ON orders (customer_id);"),
                "require-concurrent-index-creation");
        assertThat(f).hasSize(1);
        Finding finding = f.get(0);
        assertThat(finding.line()).isEqualTo(3);
        assertThat(finding.file()).isEqualTo("V1__case.sql");
        assertThat(finding.object()).isEqualTo("orders");
        assertThat(finding.message()).contains("SHARE lock").contains("INSERT, UPDATE and DELETE");
        assertThat(finding.safeAlternative())
                .startsWith("CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);");
        assertThat(finding.blocking()).isTrue();
    }

    @Test
    void lintIgnoreExcusesTheRuleForTheNextStatementOnly() {
        List<Finding> f = lint(LintOptions.defaults().withLockTimeout(Duration.ofSeconds(5)),
                "-- cairn:lint-ignore ban-drop-table replaced by orders_v2 since V12\nDROP TABLE orders;\nDROP TABLE carts;");
        List<Finding> drops = of(f, "ban-drop-table");
        assertThat(drops).hasSize(2);
        assertThat(drops.get(0).excuse()).isEqualTo("replaced by orders_v2 since V12");
        assertThat(drops.get(0).blocking()).isFalse();
        assertThat(drops.get(1).excused()).isFalse();
        assertThat(of(f, "lint-ignore-invalid")).isEmpty();
    }

    @Test
    void lintIgnoreOnTheStatementsFirstLineAndSeveralRules() {
        List<Finding> f = lint(LintOptions.defaults(),
                "DROP TABLE orders; -- cairn:lint-ignore ban-drop-table, require-lock-timeout empty since 2024");
        assertThat(of(f, "ban-drop-table")).singleElement().extracting(Finding::excuse).isEqualTo("empty since 2024");
        assertThat(of(f, "require-lock-timeout")).singleElement().extracting(Finding::excuse).isEqualTo("empty since 2024");
    }

    @Test
    void lintIgnoreWithoutReasonIsAnErrorAtTheMarkerAndExcusesNothing() {
        List<Finding> f = lint(LintOptions.defaults(), "ALTER TABLE t ADD COLUMN n text;\n-- cairn:lint-ignore ban-drop-table\nDROP TABLE orders;");
        assertThat(of(f, "lint-ignore-invalid")).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.message()).contains("no reason");
        });
        assertThat(of(f, "ban-drop-table")).singleElement().extracting(Finding::excused).isEqualTo(false);
    }

    @Test
    void lintIgnoreWithAnUnknownRuleSuggestsTheNearest() {
        List<Finding> f = lint(LintOptions.defaults(), "-- cairn:lint-ignore ban-drop-tabel nobody uses it\nDROP TABLE orders;");
        assertThat(of(f, "lint-ignore-invalid")).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(1);
            assertThat(i.message()).contains("ban-drop-tabel").contains("Did you mean `ban-drop-table`?");
        });
        assertThat(of(f, "ban-drop-table")).singleElement().extracting(Finding::excused).isEqualTo(false);
    }

    @Test
    void aTableCreatedByAnEarlierScriptOfTheBatchIsNew() {
        String create = "CREATE TABLE orders (id bigint, customer_id bigint);";
        String index = "CREATE INDEX orders_customer_idx ON orders (customer_id);";
        assertThat(of(lint(LintOptions.defaults(), create, index), "require-concurrent-index-creation")).isEmpty();
        assertThat(of(lint(LintOptions.defaults(), index), "require-concurrent-index-creation")).hasSize(1);
        // the before catalog knows the table exists: still existing, still a finding
        var before = LintCase.table("public.orders", List.of(), "id bigint", "customer_id bigint");
        assertThat(of(lint(LintOptions.defaults().withBefore(before), index), "require-concurrent-index-creation"))
                .singleElement().extracting(Finding::object).isEqualTo("public.orders");
    }

    @Test
    void theBeforeCatalogRefinesRewritesAndNarrowing() {
        String widen = "ALTER TABLE users ALTER COLUMN name TYPE varchar(200);";
        var before = LintCase.table("public.users", List.of(), "name character varying(100)", "id integer");
        assertThat(of(lint(LintOptions.defaults(), widen), "changing-column-type")).hasSize(1); // unknown: may rewrite
        assertThat(of(lint(LintOptions.defaults().withBefore(before), widen), "changing-column-type")).isEmpty();
        assertThat(of(lint(LintOptions.defaults().withBefore(before), widen), "narrowing-column-type")).isEmpty();

        String shrink = "ALTER TABLE users ALTER COLUMN name TYPE varchar(50);";
        assertThat(of(lint(LintOptions.defaults().withBefore(before), shrink), "narrowing-column-type")).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("character varying(100)").contains("varchar(50)"));
        assertThat(of(lint(LintOptions.defaults().withBefore(before), "ALTER TABLE users ALTER COLUMN id TYPE bigint;"),
                "changing-column-type")).singleElement().satisfies(n -> assertThat(n.message()).contains("rewrites public.users"));
        // a type set earlier in the batch counts as the old type too
        assertThat(of(lint(LintOptions.defaults().withBefore(before),
                "ALTER TABLE users ALTER COLUMN name TYPE text;", shrink), "narrowing-column-type")).hasSize(1);
    }

    @Test
    void lockTimeoutFromOptionsOrAnEarlierSetInTheSameScript() {
        String alter = "ALTER TABLE users ADD COLUMN note text;";
        assertThat(of(lint(LintOptions.defaults(), alter), "require-lock-timeout")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("ACCESS EXCLUSIVE"));
        assertThat(of(lint(LintOptions.defaults().withLockTimeout(Duration.ofSeconds(10)), alter), "require-lock-timeout"))
                .isEmpty();
        assertThat(of(lint(LintOptions.defaults(), "SET lock_timeout TO '3s';\n" + alter), "require-lock-timeout")).isEmpty();
        // a SET in an earlier script does not carry over: each migration is its own session state
        assertThat(of(lint(LintOptions.defaults(), "SET lock_timeout = '3s';", alter), "require-lock-timeout")).hasSize(1);
        // set after the statement: too late
        assertThat(of(lint(LintOptions.defaults(), alter + "\nSET lock_timeout = '3s';"), "require-lock-timeout")).hasSize(1);
    }

    @Test
    void enumValueUsedInTheSameTransactionButNotInTheNextMigration() {
        String add = "ALTER TYPE tier ADD VALUE 'gold';";
        String use = "UPDATE accounts SET tier = 'gold' WHERE balance > 1000;";
        assertThat(of(lint(LintOptions.defaults(), add + "\n" + use), "enum-value-used-in-transaction")).singleElement()
                .satisfies(f -> {
                    assertThat(f.line()).isEqualTo(2);
                    assertThat(f.message()).contains("'gold'").contains("tier");
                });
        assertThat(of(lint(LintOptions.defaults(), add, use), "enum-value-used-in-transaction")).isEmpty();
        assertThat(of(lint(LintOptions.defaults(), add + "\nUPDATE accounts SET note = 'silver';"),
                "enum-value-used-in-transaction")).isEmpty();
    }

    @Test
    void setNotNullAfterAValidatedCheckEarlierInTheBatch() {
        String check = "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;";
        String validate = "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;";
        String set = "ALTER TABLE users ALTER COLUMN email SET NOT NULL;";
        assertThat(of(lint(LintOptions.defaults(), check, validate, set), "set-not-null-without-check")).isEmpty();
        assertThat(of(lint(LintOptions.defaults(), check, set), "set-not-null-without-check")).hasSize(1);
        // a check on another column proves nothing for this one
        assertThat(of(lint(LintOptions.defaults(),
                "ALTER TABLE users ADD CONSTRAINT users_name_nn CHECK (name IS NOT NULL);", set), "set-not-null-without-check"))
                .hasSize(1);
    }

    @Test
    void planLintingUsesThePlannedFacts() {
        // the differ knows the table is new (created by the plan): no index finding, no lock finding
        SafetyFacts onNew = SafetyFacts.locks(LockLevel.SHARE, "public.orders").buildingIndex(true).onNewRelation();
        // and it knows varchar(10) -> varchar(20) does not rewrite, which text alone cannot tell
        SafetyFacts noRewrite = SafetyFacts.locks(LockLevel.ACCESS_EXCLUSIVE, "public.users");
        SafetyFacts rewrite = SafetyFacts.locks(LockLevel.ACCESS_EXCLUSIVE, "public.users").rewriting(true);
        Plan plan = new Plan(List.of(
                new PlannedStatement("CREATE INDEX orders_customer_idx ON public.orders (customer_id)", "Create index",
                        onNew, "public.orders_customer_idx"),
                new PlannedStatement("ALTER TABLE public.users ALTER COLUMN name TYPE varchar(20)", "Alter column",
                        noRewrite, "public.users.name"),
                new PlannedStatement("ALTER TABLE public.users ALTER COLUMN id TYPE bigint", "Alter column", rewrite,
                        "public.users.id")),
                List.of(), new Plan.Summary(Map.of()));
        List<Finding> f = Linter.lintPlan("V7__plan.sql", plan, LintOptions.defaults().withLockTimeout(Duration.ofSeconds(5)))
                .findings();
        assertThat(of(f, "require-concurrent-index-creation")).isEmpty();
        assertThat(of(f, "changing-column-type")).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo("V7__plan.sql");
            assertThat(c.object()).isEqualTo("public.users.id");
            // the line of the statement in the written file (Plan.toSql: a comment line before each statement)
            assertThat(plan.toSql().lines().toList().get(c.line() - 1)).startsWith("ALTER TABLE public.users ALTER COLUMN id");
        });
        // without a lock timeout, only the existing table's statements need one
        List<Finding> noTimeout = Linter.lintPlan("V7__plan.sql", plan, LintOptions.defaults()).findings();
        assertThat(of(noTimeout, "require-lock-timeout")).hasSize(2).allMatch(x -> x.object().equals("public.users"));
    }

    @Test
    void reportOrderAndRulesListing() {
        assertThat(Linter.rules()).isSameAs(LintRules.ALL);
        List<Finding> f = lint(LintOptions.defaults(), "DROP TABLE b;\nDROP TABLE a;", "TRUNCATE c;");
        assertThat(f).extracting(Finding::file).containsSubsequence("V1__case.sql", "V2__case.sql");
        assertThat(f).filteredOn(x -> x.rule().equals("ban-drop-table")).extracting(Finding::line).containsExactly(1, 2);
    }
}
