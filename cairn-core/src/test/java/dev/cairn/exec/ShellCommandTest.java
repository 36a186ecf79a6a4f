package dev.cairn.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.Cancellation;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTest {
    @TempDir
    Path dir;
    final List<String> lines = new CopyOnWriteArrayList<>();

    private ShellCommand.Result run(String template, Map<String, String> placeholders, Map<String, String> env, Duration timeout) {
        return ShellCommand.run(template, placeholders, dir, env, timeout, lines::add, new Cancellation());
    }

    @Test
    void aValueWithSpacesQuotesAndCommandSubstitutionStaysOneLiteralArgument() throws Exception {
        String nasty = "it's a \"test\" $(touch pwned) `touch pwned2` ; rm -rf x \\ $HOME";
        ShellCommand.Result r = run("printf '%s\\n' {value} > out.txt", Map.of("value", nasty), Map.of(), Duration.ZERO);

        assertThat(r.ok()).as(r.lastLines().toString()).isTrue();
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo(nasty + "\n");
        assertThat(dir.resolve("pwned")).doesNotExist();
        assertThat(dir.resolve("pwned2")).doesNotExist();
        assertThat(ShellCommand.render("deploy {v}", Map.of("v", "a b'c"))).isEqualTo("deploy 'a b'\\''c'");
        assertThat(ShellCommand.render("restore {url}", Map.of("url", "postgresql://app:hunter22@db/app")))
                .as("a plan or runbook prints no secret").isEqualTo("restore 'postgresql://app:****@db/app'");
        assertThat(ShellCommand.placeholders("a {env} b {version} {env} ${HOME}")).containsExactly("env", "version");
    }

    @Test
    void theShellsOwnBracesAreLeftAlone() {
        ShellCommand.Result r = run("X=1; echo ${X} {a,b} {percent}", Map.of("percent", "10"), Map.of(), Duration.ZERO);
        assertThat(r.ok()).isTrue();
        assertThat(lines).containsExactly("1 {a,b} 10");
    }

    @Test
    void anUnknownPlaceholderIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> run("touch ran; deploy {verison}", Map.of("version", "3", "env", "prod"), Map.of(), Duration.ZERO))
                .isInstanceOf(CairnException.class)
                .satisfies(e -> assertThat(((CairnException) e).exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("{verison}").hasMessageContaining("{env}, {version}");
        assertThat(dir.resolve("ran")).doesNotExist();
    }

    @Test
    void extraEnvironmentVariablesReachTheChildAndNotTheCommandLine() {
        ShellCommand.Result r = run("test \"$PGPASSWORD\" = 's3cr3t-pw' && echo same", Map.of(),
                Map.of("PGPASSWORD", "s3cr3t-pw"), Duration.ZERO);
        assertThat(r.exitCode()).isZero();
        assertThat(lines).containsExactly("same");
    }

    @Test
    void outputIsMergedRedactedAndItsTailKept() {
        Redactor.register("tok-9f8e7d6c5b");
        ShellCommand.Result r = run("i=0; while [ $i -lt 30 ]; do i=$((i+1)); echo line $i; done;"
                + " echo 'postgresql://app:hunter22@db/app' >&2; echo token tok-9f8e7d6c5b; exit 3", Map.of(), Map.of(), Duration.ZERO);

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.ok()).isFalse();
        assertThat(r.describe()).isEqualTo("exit 3");
        assertThat(lines).hasSize(32).startsWith("line 1");
        assertThat(String.join("\n", lines)).doesNotContain("hunter22").doesNotContain("tok-9f8e7d6c5b").contains("****");
        assertThat(r.lastLines()).hasSize(ShellCommand.TAIL_LINES).first().isEqualTo("line 13");
        assertThat(r.lastLines()).last().isEqualTo("token ****");
    }

    @Test
    void aTimeoutKillsTheWholeProcessTreeAndSaysSo() throws Exception {
        // The shell starts a child (sleep) and a grandchild (a subshell's sleep) and records their pids.
        ShellCommand.Result r = run("sleep 30 & echo $! > child.pid; (sleep 31 & echo $! > grandchild.pid; wait) & wait",
                Map.of(), Map.of(), Duration.ofMillis(500));

        assertThat(r.timedOut()).isTrue();
        assertThat(r.ok()).isFalse();
        assertThat(r.duration()).isLessThan(Duration.ofSeconds(5));
        for (String file : List.of("child.pid", "grandchild.pid")) {
            long pid = Long.parseLong(Files.readString(dir.resolve(file)).strip());
            ProcessHandle.of(pid).ifPresent(h -> assertThat(h.onExit()).succeedsWithin(Duration.ofSeconds(3)));
        }
    }

    @Test
    void aStopRequestKillsTheRunningCommand() throws Exception {
        Cancellation cancellation = new Cancellation();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<ShellCommand.Result> result = CompletableFuture.supplyAsync(() -> ShellCommand.run(
                "echo started; sleep 30", Map.of(), dir, Map.of(), Duration.ZERO, line -> started.countDown(), cancellation));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        cancellation.request(Cancellation.Reason.INTERRUPT);

        ShellCommand.Result r = result.get(5, TimeUnit.SECONDS);
        assertThat(r.cancelled()).isTrue();
        assertThat(r.ok()).isFalse();
        assertThat(r.describe()).isEqualTo("cancelled");
    }

    @Test
    void aBackgroundChildKeepingTheOutputOpenDoesNotHoldTheCommand() throws Exception {
        ShellCommand.Result r = run("sleep 20 & echo $! > bg.pid; echo done", Map.of(), Map.of(), Duration.ofSeconds(10));
        try {
            assertThat(r.exitCode()).isZero();
            assertThat(r.duration()).isLessThan(Duration.ofSeconds(5));
            assertThat(lines).containsExactly("done");
        } finally {
            ProcessHandle.of(Long.parseLong(Files.readString(dir.resolve("bg.pid")).strip())).ifPresent(ProcessHandle::destroy);
        }
    }
}
