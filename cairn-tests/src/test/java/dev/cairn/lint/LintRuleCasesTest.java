package dev.cairn.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every static rule's own cases, through the Linter with the real PostgreSQL classifier: must fire / must not fire. */
class LintRuleCasesTest {

    static Stream<Arguments> cases() {
        return LintRules.ALL.stream().flatMap(rule -> {
            List<LintCase> cases = rule.cases();
            return java.util.stream.IntStream.range(0, cases.size())
                    .mapToObj(i -> Arguments.of(rule.id() + " #" + (i + 1) + (cases.get(i).fires() ? " fires" : " passes"),
                            rule, cases.get(i)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleCase(String label, LintRule rule, LintCase c) {
        LintReport report = Linter.lint(List.of(LintScripts.versioned(1, c.script())),
                LintOptions.defaults().withBefore(c.before()));
        List<Finding> mine = report.findings().stream().filter(f -> f.rule().equals(rule.id())).toList();
        String context = label + (c.why() == null ? "" : " (" + c.why() + ")") + "\n" + c.script() + "\nfindings: "
                + report.findings();
        if (c.fires()) {
            assertThat(mine).as(context).isNotEmpty();
            for (Finding f : mine) {
                assertThat(f.severity()).as(context).isEqualTo(rule.severity());
                assertThat(f.layer()).isEqualTo(Layer.STATIC);
                assertThat(f.file()).isEqualTo("V1__case.sql");
                assertThat(f.line()).isPositive();
                assertThat(f.message()).as(context).isNotBlank();
                assertThat(f.safeAlternative()).as(context).isNotBlank();
            }
        } else {
            assertThat(mine).as(context).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void everyRuleHasCasesThatFireAndCasesThatDoNot() {
        for (LintRule rule : LintRules.ALL) {
            assertThat(rule.cases()).as(rule.id()).anyMatch(LintCase::fires).anyMatch(c -> !c.fires());
            assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(rule.explanation()).as(rule.id()).isNotBlank();
        }
        assertThat(LintRules.ALL.stream().map(LintRule::id).distinct().count()).isEqualTo(LintRules.ALL.size());
    }
}
